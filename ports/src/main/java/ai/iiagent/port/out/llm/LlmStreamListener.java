package ai.iiagent.port.out.llm;

/** Receives a turn's text as it streams. */
@FunctionalInterface
public interface LlmStreamListener {

    void onTextDelta(String text);
}
