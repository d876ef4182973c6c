package ai.iiagent.domain.integrations;

import java.util.Arrays;
import java.util.Optional;

/**
 * A coding agent's command-line program the {@code codex} and {@code claude_code} agent types drive
 * inside the session's sandbox. {@code wireName} is both the agent type's id and its tool's name.
 */
public enum CodingCli {
    CODEX("codex", "Codex"),
    CLAUDE_CODE("claude_code", "Claude Code");

    private final String wireName;
    private final String displayName;

    CodingCli(String wireName, String displayName) {
        this.wireName = wireName;
        this.displayName = displayName;
    }

    public String wireName() {
        return wireName;
    }

    public String displayName() {
        return displayName;
    }

    /** The CLI an agent type drives, if it is one of these. */
    public static Optional<CodingCli> forAgentType(String agentTypeId) {
        return Arrays.stream(values()).filter(cli -> cli.wireName.equals(agentTypeId)).findFirst();
    }
}
