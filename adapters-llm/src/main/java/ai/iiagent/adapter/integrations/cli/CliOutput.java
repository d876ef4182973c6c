package ai.iiagent.adapter.integrations.cli;

import ai.iiagent.domain.integrations.CodingCli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a CLI printed: its JSON-lines events (Codex {@code exec --json}, Claude Code
 * {@code --output-format stream-json}), from which the final answer is taken, and a transcript of
 * stdout and stderr that keeps the last {@value #MAX_TRANSCRIPT} characters. Thread-safe (stdout and
 * stderr are drained by two threads).
 */
public final class CliOutput {

    static final int MAX_TRANSCRIPT = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CodingCli cli;
    private final StringBuilder transcript = new StringBuilder();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String finalMessage = "";

    public CliOutput(CodingCli cli) {
        this.cli = cli;
    }

    public synchronized void accept(byte[] buffer, int length, boolean stderr) {
        if (stderr) {
            append(new String(buffer, 0, length, StandardCharsets.UTF_8));
            return;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                event(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else if (line.size() < 1_000_000) {
                line.write(buffer[i]);
            }
        }
    }

    public synchronized String finalMessage() {
        if (line.size() > 0) {
            event(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
        return finalMessage;
    }

    public synchronized String transcript() {
        return transcript.toString();
    }

    private void event(String text) {
        append(text + "\n");
        if (!text.startsWith("{")) {
            return;
        }
        try {
            JsonNode event = JSON.readTree(text);
            String type = event.path("type").asText("");
            if (cli == CodingCli.CODEX && type.equals("item.completed")
                    && event.path("item").path("type").asText("").equals("agent_message")) {
                finalMessage = event.path("item").path("text").asText("");
            } else if (cli == CodingCli.CLAUDE_CODE && type.equals("result")) {
                finalMessage = event.path("result").asText("");
            }
        } catch (IOException e) {
            // not an event: kept in the transcript only
        }
    }

    private void append(String text) {
        transcript.append(text);
        if (transcript.length() > MAX_TRANSCRIPT) {
            transcript.delete(0, transcript.length() - MAX_TRANSCRIPT);
        }
    }
}
