package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;

/** A chat turn ready to run: {@link #stream} blocks until it ends, reporting to the listener as it goes. */
public interface ChatTurn {

    /** The user message this turn answers (its id keys {@code /stop}). */
    ChatMessageId userMessageId();

    /** Runs the turn; never throws for model or credit failures (they arrive as {@code error} events). */
    void stream(ChatTurnListener listener);
}
