package ai.iiagent.port.out.llm;

import java.util.Objects;

/** One message of a conversation sent to a model ({@code role}: system, user, assistant, tool). */
public record LlmMessage(String role, String text) {

    public LlmMessage {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }
}
