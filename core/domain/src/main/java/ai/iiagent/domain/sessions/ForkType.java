package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Set;

/**
 * How a child session continues its parent. {@code research_to_website} turns a research session
 * into a website-building one (the original system's only fork); {@code continue} carries any
 * agent session on in a new session of the same agent type.
 */
public enum ForkType {
    RESEARCH_TO_WEBSITE("research_to_website"),
    CONTINUE("continue");

    static final Set<String> RESEARCH_AGENT_TYPES = Set.of("deep_research", "fast_research");
    static final String WEBSITE_AGENT_TYPE = "research_to_website";

    private final String code;

    ForkType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ForkType fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("unknown_fork_type"),
                        "fork_type must be research_to_website or continue"));
    }

    /** Whether a parent of this agent type can be forked this way. */
    boolean accepts(String parentAgentType) {
        return this == CONTINUE || RESEARCH_AGENT_TYPES.contains(parentAgentType);
    }

    /** The child's agent type. */
    String childAgentType(String parentAgentType) {
        return this == RESEARCH_TO_WEBSITE ? WEBSITE_AGENT_TYPE : parentAgentType;
    }

    /** research_to_website builds from the research output, so it needs at least one attachment. */
    boolean needsAttachments() {
        return this == RESEARCH_TO_WEBSITE;
    }
}
