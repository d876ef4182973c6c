package ai.iiagent.adapter.llm.gemini;

import ai.iiagent.adapter.llm.stream.RetryingPost;
import ai.iiagent.adapter.llm.stream.SseEvent;
import ai.iiagent.adapter.llm.stream.SseReader;
import ai.iiagent.adapter.llm.stream.StreamWatchdog;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Gemini API {@code streamGenerateContent} over SSE on the JDK HTTP client, the key in the
 * {@code x-goog-api-key} header (never in the URL, which ends up in logs). Retries 408, 429 and 5xx
 * with backoff before the stream starts; once it streams, an error chunk, a broken connection or a
 * stream without a {@code finishReason} is a clean {@link LlmCallFailedException} carrying the usage
 * so far; a cancel closes the stream.
 */
public final class GeminiLlm implements LlmPort {

    /** A stream silent this long is given up (the provider sends pings or tokens far more often). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);

    public static final String PROVIDER = "gemini";

    private final ObjectMapper json;
    private final GeminiSettings settings;
    private final RetryingPost post;
    private final GeminiWire wire;

    public GeminiLlm(ObjectMapper json, GeminiSettings settings) {
        this.json = json;
        this.settings = settings;
        this.post = new RetryingPost(settings.connectTimeout(), settings.firstByteTimeout(), settings.maxAttempts(),
                settings.initialBackoff(), settings.maxBackoff());
        this.wire = new GeminiWire(json, settings);
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        HttpResponse<InputStream> response = post.send(uri(request), headers(request), wire.body(request));
        GeminiStream turn = new GeminiStream(json, listener);
        long prompt = request.characters();
        InputStream body = response.body();
        try (StreamWatchdog watchdog = StreamWatchdog.watch(body, listener::stopRequested, IDLE_TIMEOUT);
             SseReader events = new SseReader(body)) {
            SseEvent event;
            while ((event = watchdog.read(events::next)) != null) {
                watchdog.touch();
                if (listener.stopRequested() || watchdog.stopped()) {
                    return turn.turn("cancelled", prompt);
                }
                JsonNode chunk = json.readTree(event.data());
                if (chunk.has("error")) {
                    JsonNode error = chunk.get("error");
                    throw new LlmCallFailedException("the provider reported an error mid-stream: "
                            + error.path("status").asText("error") + ": " + error.path("message").asText("unknown"),
                            turn.usageSoFar(prompt));
                }
                turn.accept(chunk);
            }
            if (watchdog.stopped()) {
                return turn.turn("cancelled", prompt);
            }
            if (!turn.finished()) {
                throw new LlmCallFailedException("the provider's stream ended before the answer did", turn.usageSoFar(prompt));
            }
            LlmTurn done = turn.turn(null, prompt);
            // Gemini 3 wants each call's thought signature back with its response: the turn carries them.
            return turn.signatures().isEmpty() ? done
                    : done.withProviderData(Map.of(PROVIDER, wire.signatureData(turn.signatures())));
        } catch (IOException e) {
            throw new LlmCallFailedException("the provider's stream broke: " + e.getMessage(), turn.usageSoFar(prompt));
        }
    }



    private URI uri(LlmRequest request) {
        String base = request.endpoint().baseUrlOr(settings.baseUrl(), GeminiSettings.DEFAULT_BASE_URL);
        String model = request.modelId().startsWith("models/") ? request.modelId().substring(7) : request.modelId();
        return URI.create(base.replaceAll("/+$", "") + "/v1beta/models/" + model + ":streamGenerateContent?alt=sse");
    }

    private Map<String, String> headers(LlmRequest request) {
        String key = request.endpoint().apiKeyOr(settings.apiKey());
        return key == null || key.isBlank() ? Map.of() : Map.of("x-goog-api-key", key);
    }
}
