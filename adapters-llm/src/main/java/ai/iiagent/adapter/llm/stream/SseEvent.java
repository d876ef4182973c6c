package ai.iiagent.adapter.llm.stream;

/** One server-sent event: its {@code event:} name ({@code message} when none was given) and its joined {@code data:} lines. */
public record SseEvent(String event, String data) {
}
