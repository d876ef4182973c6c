package ai.iiagent.domain.chat;

import java.util.List;

/** One model turn of a chat answer that called tools: the text it wrote first and its calls with their results. */
public record ChatToolStep(String text, List<ChatToolCall> calls) {

    public ChatToolStep {
        text = text == null ? "" : text;
        calls = calls == null ? List.of() : List.copyOf(calls);
    }
}
