package ai.iiagent.domain.chat;

import java.util.Objects;
import java.util.UUID;

/** Identity of one chat message; a user message's id also keys its turn's stop flag. */
public record ChatMessageId(UUID value) {

    public ChatMessageId {
        Objects.requireNonNull(value, "value");
    }

    public static ChatMessageId random() {
        return new ChatMessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
