package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.SubAgentContract;
import java.util.Map;

/**
 * One task handed to a sub-agent: a short description (shown in events), the full prompt (the
 * sub-agent's only view of the work), and optionally which kind of agent should do it.
 */
record SubAgentTask(String description, String prompt, String agentType) {

    /** Reads a task from a tool call's arguments; a missing field is a message for the model, not an exception. */
    static SubAgentTask parse(Object value) {
        if (!(value instanceof Map<?, ?> arguments)) {
            throw new IllegalArgumentException("a task is an object with description and prompt");
        }
        String description = text(arguments.get("description"));
        String prompt = text(arguments.get("prompt"));
        if (description == null || prompt == null) {
            throw new IllegalArgumentException("a task needs a non-empty description and prompt");
        }
        return new SubAgentTask(description, prompt, text(arguments.get(SubAgentContract.AGENT_TYPE)));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
