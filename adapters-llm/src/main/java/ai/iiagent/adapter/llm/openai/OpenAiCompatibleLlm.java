package ai.iiagent.adapter.llm.openai;

import ai.iiagent.adapter.llm.stream.RetryingPost;
import ai.iiagent.adapter.llm.stream.StreamWatchdog;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * OpenAI-compatible Chat Completions with streaming (OpenAI, OpenRouter, vLLM, Ollama, LiteLLM —
 * any base URL) on the JDK HTTP client. Retries 429 and 5xx with backoff before the stream starts;
 * once it streams, a broken connection, an error event or a stream without an end is a clean
 * {@link LlmCallFailedException} carrying the usage so far; a cancel closes the stream.
 */
public final class OpenAiCompatibleLlm implements LlmPort {

    private final RetryingPost post;
    private final ObjectMapper json;
    private final OpenAiWire wire;
    private final OpenAiSettings settings;

    public OpenAiCompatibleLlm(ObjectMapper json, OpenAiSettings settings) {
        this.post = new RetryingPost(settings.connectTimeout(), settings.firstByteTimeout(), settings.maxAttempts(),
                settings.initialBackoff(), settings.maxBackoff());
        this.json = json;
        this.wire = new OpenAiWire(json);
        this.settings = settings;
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        HttpResponse<InputStream> response = send(request);
        StreamAccumulator turn = new StreamAccumulator(json, listener);
        InputStream body = response.body();
        try (StreamWatchdog watchdog = StreamWatchdog.watch(body, listener::stopRequested, settings.idleTimeout());
             BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = watchdog.read(lines::readLine)) != null) {
                watchdog.touch();
                if (listener.stopRequested() || watchdog.stopped()) {
                    return turn.turn("cancelled", request.characters());
                }
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    return turn.turn(null, request.characters());
                }
                JsonNode chunk = json.readTree(data);
                if (chunk.has("error")) {
                    throw new LlmCallFailedException("the provider reported an error mid-stream: "
                            + chunk.path("error").path("message").asText("unknown"), turn.usageSoFar(request.characters()));
                }
                turn.accept(chunk);
            }
            if (watchdog.stopped()) {
                return turn.turn("cancelled", request.characters());
            }
            if (turn.finished()) {
                return turn.turn(null, request.characters()); // some servers end without [DONE]
            }
            throw new LlmCallFailedException("the provider's stream ended before the answer did",
                    turn.usageSoFar(request.characters()));
        } catch (IOException e) {
            throw new LlmCallFailedException("the provider's stream broke: " + e.getMessage(),
                    turn.usageSoFar(request.characters()));
        }
    }



    private HttpResponse<InputStream> send(LlmRequest request) {
        String base = request.endpoint().baseUrlOr(settings.baseUrl(), OpenAiSettings.PUBLIC_BASE_URL);
        String key = request.endpoint().apiKeyOr(settings.apiKey());
        Map<String, String> headers = key == null || key.isBlank() ? Map.of() : Map.of("authorization", "Bearer " + key);
        return post.send(URI.create(base.replaceAll("/+$", "") + "/chat/completions"), headers, wire.body(request));
    }
}
