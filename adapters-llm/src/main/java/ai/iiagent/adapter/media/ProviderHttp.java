package ai.iiagent.adapter.media;

import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The calls a media adapter makes to its provider's own API (a fixed, operator-configured base URL,
 * so not through the SSRF guard; result URLs the provider hands back are fetched by
 * {@link ResultDownloader}). Every call is bounded by the generation's deadline; no answer in time is
 * {@link Kind#TIMEOUT}, an unreachable provider {@link Kind#PROVIDER_ERROR}. Redirects are not followed,
 * so a key never leaves the configured host. Messages name the provider, never the key.
 */
public final class ProviderHttp {

    private final String provider;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param provider the provider as named in messages ("Google", "fal.ai", "ElevenLabs") */
    public ProviderHttp(String provider, ObjectMapper json) {
        this.provider = provider;
        this.json = json;
    }

    /** When a generation must be done by, and the limit it was given (for messages). */
    public record Deadline(Instant at, Duration limit) {

        public static Deadline in(Duration limit) {
            return new Deadline(Instant.now().plus(limit), limit);
        }
    }

    /** An answer: its status and body. */
    public record Answer(int status, byte[] body, String contentType) {

        public boolean ok() {
            return status / 100 == 2;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** POSTs {@code body} as JSON. */
    public Answer postJson(String url, Map<String, String> headers, JsonNode body, Deadline deadline) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return send(request, deadline);
    }

    /** GETs {@code url}. */
    public Answer get(String url, Map<String, String> headers, Deadline deadline) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request, deadline);
    }

    /** The body as JSON; an empty object when it is not JSON (an error page, an empty body). */
    public JsonNode parse(Answer answer) {
        try {
            return answer.body().length == 0 ? json.createObjectNode() : json.readTree(answer.body());
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** The time left; fails with {@link Kind#TIMEOUT} once the deadline has passed. */
    public Duration left(Deadline deadline) {
        Duration left = Duration.between(Instant.now(), deadline.at());
        if (left.isNegative() || left.isZero()) {
            throw timedOut(deadline, null);
        }
        return left;
    }

    private MediaGenerationFailedException timedOut(Deadline deadline, Throwable cause) {
        return new MediaGenerationFailedException(Kind.TIMEOUT, provider + " gave no result within "
                + seconds(deadline.limit()), cause);
    }

    private Answer send(HttpRequest.Builder request, Deadline deadline) {
        Duration left = left(deadline);
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(left).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (HttpTimeoutException e) {
            throw timedOut(deadline, e);
        } catch (ConnectException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, provider + " could not be reached", e);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the call to " + provider + " failed: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "the call to " + provider + " was interrupted", e);
        }
    }

    /** Waits {@code interval} (or less, up to the deadline) between two polls. */
    public void pause(Duration interval, Deadline deadline) {
        Duration left = left(deadline);
        try {
            Thread.sleep(interval.compareTo(left) < 0 ? interval : left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaGenerationFailedException(Kind.TIMEOUT, "waiting for " + provider + " was interrupted", e);
        }
    }

    public static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
