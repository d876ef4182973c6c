package ai.iiagent.bootstrap.wiring;

import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.tasks.RunCancellationSignal;

/** Chat stop flags kept where run cancellation flags are (in-process or Redis), keyed by the user message id. */
final class ChatStopFlags implements ChatStopSignal {

    private final RunCancellationSignal flags;

    ChatStopFlags(RunCancellationSignal flags) {
        this.flags = flags;
    }

    @Override
    public void raise(ChatMessageId userMessage) {
        flags.raise(runOf(userMessage));
    }

    @Override
    public boolean isRaised(ChatMessageId userMessage) {
        return flags.isRaised(runOf(userMessage));
    }

    @Override
    public void clear(ChatMessageId userMessage) {
        flags.clear(runOf(userMessage));
    }

    private static RunId runOf(ChatMessageId id) {
        return new RunId(id.value());
    }
}
