package ai.iiagent.adapter.llm.openai;

import ai.iiagent.adapter.llm.stream.StreamWatchdog;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * OpenAI-compatible Chat Completions with streaming (OpenAI, OpenRouter, vLLM, Ollama, LiteLLM —
 * any base URL) on the JDK HTTP client. Retries 429 and 5xx with backoff before the stream starts;
 * once it streams, a broken connection, an error event or a stream without an end is a clean
 * {@link LlmCallFailedException} carrying the usage so far; a cancel closes the stream.
 */
public final class OpenAiCompatibleLlm implements LlmPort {

    static final ErrorCode PROVIDER_ERROR = ErrorCode.of("llm_provider_error");

    private final HttpClient http;
    private final ObjectMapper json;
    private final OpenAiWire wire;
    private final OpenAiSettings settings;

    public OpenAiCompatibleLlm(ObjectMapper json, OpenAiSettings settings) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
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
            while ((line = readLine(lines, watchdog)) != null) {
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

    /** A read that ends because the watchdog closed the stream says why. */
    private String readLine(BufferedReader lines, StreamWatchdog watchdog) throws IOException {
        try {
            return lines.readLine();
        } catch (IOException e) {
            if (watchdog.stopped()) {
                return null; // closed for a stop: the caller returns the turn so far
            }
            if (watchdog.wentIdle()) {
                throw new IOException("no data from the provider for " + settings.idleTimeout().toSeconds() + " s");
            }
            throw e;
        }
    }


    private HttpResponse<InputStream> send(LlmRequest request) {
        String base = request.endpoint().baseUrlOr(settings.baseUrl(), OpenAiSettings.PUBLIC_BASE_URL);
        String key = request.endpoint().apiKeyOr(settings.apiKey());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/chat/completions"))
                .timeout(settings.firstByteTimeout())
                .header("content-type", "application/json").header("accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(wire.body(request)));
        if (key != null && !key.isBlank()) {
            http.header("authorization", "Bearer " + key);
        }
        HttpRequest built = http.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = this.http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts()) {
                    throw new UpstreamFailureException(PROVIDER_ERROR, "could not reach the model provider: " + e.getMessage());
                }
                backoff(attempt, null);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UpstreamFailureException(PROVIDER_ERROR, "interrupted while calling the model provider");
            }
            int status = response.statusCode();
            if (status == 200) {
                return response;
            }
            String detail = drain(response);
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || attempt >= settings.maxAttempts()) {
                throw new UpstreamFailureException(PROVIDER_ERROR, "the model provider answered " + status + ": " + detail);
            }
            backoff(attempt, response.headers().firstValue("retry-after").orElse(null));
        }
    }

    private void backoff(int attempt, String retryAfter) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << (attempt - 1));
        if (retryAfter != null && retryAfter.matches("\\d{1,3}")) {
            wait = Duration.ofSeconds(Long.parseLong(retryAfter)).compareTo(settings.maxBackoff()) > 0
                    ? settings.maxBackoff() : Duration.ofSeconds(Long.parseLong(retryAfter));
        }
        try {
            Thread.sleep(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String drain(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
            return text.isBlank() ? "(no body)" : text.strip();
        } catch (IOException e) {
            return "(unreadable body)";
        }
    }
}
