package ai.iiagent.service.agents.engine;

import ai.iiagent.port.out.llm.LlmTurn;

/** Why the {@link ModelLoop} returned, with the turn that ended it (null when it ended between turns). */
public sealed interface LoopEnd {

    LlmTurn turn();

    /** The model answered without calling tools. */
    record Answered(LlmTurn turn) implements LoopEnd {
    }

    /** The host asked to stop, or the provider cancelled the turn; the turn's calls were not run. */
    record Stopped(LlmTurn turn) implements LoopEnd {
    }

    /** The policy's turn limit: reached before a turn (null), or a text-only last turn still called tools. */
    record TurnLimit(LlmTurn turn) implements LoopEnd {
    }

    /** The same calls repeated as often as the policy allows; they were not run. */
    record Looping(LlmTurn turn) implements LoopEnd {
    }

    /** Some calls of the turn wait for the user; none ran. */
    record Paused(LlmTurn turn) implements LoopEnd {
    }

    /** A tool whose success ends the run succeeded. */
    record EndedByTool(LlmTurn turn) implements LoopEnd {
    }
}
