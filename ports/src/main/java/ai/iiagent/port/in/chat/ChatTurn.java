package ai.iiagent.port.in.chat;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatTurnListener;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A chat turn ready to run. {@code userMessageId}: the user message it answers (its id keys
 * {@code /stop}). {@link #stream} blocks until the turn ends, reporting to the listener as it goes;
 * model and credit failures arrive as {@code error} reports, never as exceptions.
 */
public record ChatTurn(ChatMessageId userMessageId, Consumer<ChatTurnListener> runner) {

    public ChatTurn {
        Objects.requireNonNull(userMessageId, "userMessageId");
        Objects.requireNonNull(runner, "runner");
    }

    public void stream(ChatTurnListener listener) {
        runner.accept(listener);
    }
}
