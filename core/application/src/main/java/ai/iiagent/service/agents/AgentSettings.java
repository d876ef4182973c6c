package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunPolicy;
import java.time.Duration;

/**
 * Runtime policies, from configuration.
 *
 * @param maxTurns model turns a run may take before it is stopped (default 200)
 * @param loopThreshold the same tool with the same arguments this many times in a row stops the run
 * @param maxToolOutputChars tool results longer than this are truncated before the model sees them
 * @param systemPrompt the agent's instructions
 * @param compactionRatio a run starts by summarising the history when it fills this share of the model's window
 * @param titles how a session's first query names it
 */
public record AgentSettings(int maxTurns, int loopThreshold, int maxToolOutputChars, String systemPrompt,
                            double compactionRatio, Titles titles) {

    public AgentSettings(int maxTurns, int loopThreshold, int maxToolOutputChars, String systemPrompt,
                         double compactionRatio) {
        this(maxTurns, loopThreshold, maxToolOutputChars, systemPrompt, compactionRatio, Titles.TRUNCATED);
    }

    public AgentSettings {
        if (maxTurns < 1 || loopThreshold < 2 || maxToolOutputChars < 100) {
            throw new IllegalArgumentException("maxTurns >= 1, loopThreshold >= 2, maxToolOutputChars >= 100");
        }
        systemPrompt = systemPrompt == null ? "" : systemPrompt;
        if (compactionRatio <= 0 || compactionRatio > 1) {
            throw new IllegalArgumentException("0 < compactionRatio <= 1");
        }
        titles = titles == null ? Titles.TRUNCATED : titles;
    }

    /** The engine's policy of an agent run: turn limit, loop detection, compaction, result size. */
    public RunPolicy runPolicy() {
        return RunPolicy.agentRun(maxTurns, loopThreshold, compactionRatio, maxToolOutputChars);
    }

    /**
     * Session titles: the first query cut short (default), or, with {@code fromModel}, a short title a
     * model writes (billed like a turn), falling back to the cut query when it fails or takes longer
     * than {@code timeout}.
     *
     * @param modelId the model that writes titles (a model id or model setting id); null: the run's model
     */
    public record Titles(boolean fromModel, String modelId, Duration timeout) {

        public static final Titles TRUNCATED = new Titles(false, null, Duration.ofSeconds(10));

        public Titles {
            modelId = modelId == null || modelId.isBlank() ? null : modelId;
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("a title timeout is positive");
            }
        }
    }
}
