package ai.iiagent.port.out.chat;

import ai.iiagent.domain.chat.ChatMessageId;

/**
 * The stop flag of a running chat turn, keyed by the turn's user message id. Raised by whichever
 * node receives {@code /stop}, polled by the node streaming the turn (so it must be shared across
 * nodes when there are several: the same store as the agents' run cancellation).
 */
public interface ChatStopSignal {

    /** Asks the turn of this user message to stop; idempotent. */
    void raise(ChatMessageId userMessage);

    boolean isRaised(ChatMessageId userMessage);

    /** Forgets the flag once the turn has ended. */
    void clear(ChatMessageId userMessage);
}
