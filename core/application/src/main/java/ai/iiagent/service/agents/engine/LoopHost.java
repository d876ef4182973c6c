package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.LlmSampling;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.LlmCharge;
import java.util.List;

/**
 * What one kind of run adds to the {@link ModelLoop}: an agent run (socket events, agent memory, a human
 * in the loop) or a chat answer (SSE, the chat message store). The loop calls these on its own thread.
 */
public interface LoopHost {

    /** The charge of model turn number {@code turn} (from 1): its idempotency key is the host's scheme. */
    LlmCharge charge(int turn);

    /** The tools offered to the model (the loop offers none on a policy's text-only last turn). */
    List<ToolSpec> tools();

    /** How the model samples (temperature, reasoning effort); the provider's defaults unless the host chose. */
    default LlmSampling sampling() {
        return LlmSampling.DEFAULT;
    }

    /** Where turn number {@code turn} streams its deltas; its stop flag also stops the turn. */
    LlmStreamListener stream(int turn);

    /** Whether the run was asked to stop (cancel, stop button, credits ran out). */
    boolean stopRequested();

    /** A turn ended: runs in its settlement's transaction, before its message is recorded there too. */
    void settled(LlmTurn turn);

    /** A message joined the conversation: store it if this kind of run keeps its memory. */
    void recorded(Message message);

    /** The model asked for this call (before it runs, or before the run pauses on it). */
    void toolCalled(ToolCall call);

    /** Whether this call waits for the user (then the loop pauses before running any call of the turn). */
    boolean needsUser(ToolCall call);

    /** How this batch of calls is invoked (secrets, user input) and how its outcomes reach the user. */
    ToolBatch toolBatch(List<ToolCall> calls);

    /** A call was answered; {@code outcome} is what the user sees, its model-facing result was recorded. */
    void toolAnswered(ToolCall call, ToolOutcome outcome);

    /** All calls of a turn were answered (chat stores its tool steps here). */
    default void turnAnswered(LlmTurn turn, List<ToolOutcome> outcomes) {
    }

    /** The result of a call a stopped run did not run. */
    default String notRun() {
        return "The run was stopped before this tool ran.";
    }
}
