package ai.iiagent.service.agents;

/**
 * Runtime policies, from configuration.
 *
 * @param maxTurns model turns a run may take before it is stopped (default 200)
 * @param loopThreshold the same tool with the same arguments this many times in a row stops the run
 * @param maxToolOutputChars tool results longer than this are truncated before the model sees them
 * @param systemPrompt the agent's instructions
 */
public record AgentSettings(int maxTurns, int loopThreshold, int maxToolOutputChars, String systemPrompt) {

    public AgentSettings {
        if (maxTurns < 1 || loopThreshold < 2 || maxToolOutputChars < 100) {
            throw new IllegalArgumentException("maxTurns >= 1, loopThreshold >= 2, maxToolOutputChars >= 100");
        }
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
    }
}
