package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.SubAgentContract;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The kinds of sub-agent a task may ask for ({@code agent_type}): each with its instructions and
 * which of the parent's tools it keeps. The agent-type catalogue can supply its own; the built-in
 * set knows {@code task_agent} (the default, as in the original) and {@code general}.
 */
@FunctionalInterface
public interface SubAgentProfiles {

    /** The default when a task names no type. */
    String DEFAULT_TYPE = SubAgentContract.DEFAULT_TYPE;

    Optional<Profile> find(String agentType);

    /** The names a refusal lists; the built-in set's by default. */
    default List<String> names() {
        return List.of(DEFAULT_TYPE, "general");
    }

    /**
     * One kind of sub-agent.
     *
     * @param keepsTool which of the parent's tools (by name) the sub-agent may use
     */
    record Profile(String agentType, String systemPrompt, Predicate<String> keepsTool) {
    }

    SubAgentProfiles BUILT_IN = agentType -> {
        String type = agentType == null ? DEFAULT_TYPE : agentType;
        if (!Set.of(DEFAULT_TYPE, "general").contains(type)) {
            return Optional.empty();
        }
        return Optional.of(new Profile(type, """
                You are a sub-agent of II-Agent. The main agent handed you one task; you work in the same \
                workspace (its files and shell) with your own conversation. Do the task with your tools, \
                then end with a final answer that holds everything the main agent needs: it sees only that \
                answer, not your steps. You cannot ask the user anything.""", name -> true));
    };
}
