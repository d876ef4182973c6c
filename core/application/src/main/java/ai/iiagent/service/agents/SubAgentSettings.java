package ai.iiagent.service.agents;

import java.time.Duration;

/**
 * Limits for sub-agents ({@code sub_agent_task}, {@code sub_agent_task_all}), from configuration.
 *
 * @param maxDepth how deep delegation may nest: the run is depth 0, its sub-agents depth 1; a
 *                 sub-agent at this depth is refused when it tries to start another
 * @param maxTurns model turns one sub-agent may take before it is stopped (a failure its parent reads)
 * @param maxParallel how many sub-agents of one {@code sub_agent_task_all} call run at once
 * @param maxTasks how many tasks one {@code sub_agent_task_all} call may hand out
 * @param timeout how long the parent waits for a delegation call before stopping its sub-agents
 */
public record SubAgentSettings(int maxDepth, int maxTurns, int maxParallel, int maxTasks, Duration timeout) {

    public static final SubAgentSettings DEFAULTS = new SubAgentSettings(2, 30, 3, 8, Duration.ofMinutes(30));

    public SubAgentSettings {
        if (maxDepth < 1 || maxTurns < 1 || maxParallel < 1 || maxTasks < 1) {
            throw new IllegalArgumentException("maxDepth, maxTurns, maxParallel and maxTasks are at least 1");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a sub-agent timeout is positive");
        }
    }
}
