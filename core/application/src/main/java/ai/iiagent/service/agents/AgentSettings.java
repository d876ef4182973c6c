package ai.iiagent.service.agents;

/**
 * Runtime policies, from configuration.
 *
 * @param maxTurns model turns a run may take before it is stopped (default 200)
 * @param loopThreshold the same tool with the same arguments this many times in a row stops the run
 * @param maxToolOutputChars tool results longer than this are truncated before the model sees them
 * @param systemPrompt the agent's instructions
 * @param compactionRatio a run starts by summarising the history when it fills this share of the model's window
 */
public record AgentSettings(int maxTurns, int loopThreshold, int maxToolOutputChars, String systemPrompt,
                            double compactionRatio) {

    public AgentSettings {
        if (maxTurns < 1 || loopThreshold < 2 || maxToolOutputChars < 100) {
            throw new IllegalArgumentException("maxTurns >= 1, loopThreshold >= 2, maxToolOutputChars >= 100");
        }
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        if (compactionRatio <= 0 || compactionRatio > 1) {
            throw new IllegalArgumentException("0 < compactionRatio <= 1");
        }
    }
}
