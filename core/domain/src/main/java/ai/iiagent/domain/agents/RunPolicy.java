package ai.iiagent.domain.agents;

import java.util.List;

/**
 * How far the model loop may go and how it runs tools: an agent run and a chat answer differ only here
 * (and in their tools, transport and store).
 *
 * @param maxTurns model turns the loop may take
 * @param loopThreshold the same tool calls this many times in a row stop the loop; 0: no loop detection
 * @param compactionRatio the history is summarised first when it fills this share of the model's window; 0: never
 * @param maxToolOutputChars tool results longer than this are cut before the model reads them (unless the tool
 *                           documents its own limit)
 * @param parallelTools a turn's tool calls run side by side (announced together) or one after another
 * @param lastTurnInText the last turn is offered no tools, so it has to answer in text; calls it still makes are
 *                       not run
 */
public record RunPolicy(int maxTurns, int loopThreshold, double compactionRatio, int maxToolOutputChars,
                        boolean parallelTools, boolean lastTurnInText) {

    /** Chat answers (reference §6.2): up to 8 model turns, tools one after another, no human in the loop. */
    public static final RunPolicy CHAT = new RunPolicy(8, 0, 0, 20_000, false, true);

    public RunPolicy {
        if (maxTurns < 1 || loopThreshold < 0 || loopThreshold == 1 || maxToolOutputChars < 100) {
            throw new IllegalArgumentException("maxTurns >= 1, loopThreshold 0 or >= 2, maxToolOutputChars >= 100");
        }
        if (compactionRatio < 0 || compactionRatio > 1) {
            throw new IllegalArgumentException("0 <= compactionRatio <= 1");
        }
    }

    /** An agent run: parallel tools, loop detection, compaction, and a turn limit it fails at. */
    public static RunPolicy agentRun(int maxTurns, int loopThreshold, double compactionRatio, int maxToolOutputChars) {
        return new RunPolicy(maxTurns, loopThreshold, compactionRatio, maxToolOutputChars, true, false);
    }

    public boolean turnsUsedUp(int turnsTaken) {
        return turnsTaken >= maxTurns;
    }

    /** Whether turn number {@code turn} (from 1) is offered tools. */
    public boolean offersTools(int turn) {
        return !lastTurnInText || turn < maxTurns;
    }

    public LoopDetector loopDetector() {
        return new LoopDetector(loopThreshold);
    }

    /** Characters / 4 as the token estimate, like the credit quote. */
    public boolean needsCompaction(List<Message> history, long contextWindow) {
        if (compactionRatio == 0 || history.size() <= 2) {
            return false;
        }
        long tokens = Math.ceilDiv(history.stream().mapToLong(Message::characters).sum(), 4);
        return tokens >= compactionRatio * contextWindow;
    }
}
