package ai.iiagent.adapter.llm.stream;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a streaming request to a model provider on the JDK HTTP client and hands back the open
 * 200 response. Connection failures, 408, 429 and 5xx (Anthropic's 529 "overloaded" included) are
 * retried with exponential backoff, honouring {@code retry-after}; anything else, or the last
 * attempt, is a clear {@link UpstreamFailureException} quoting the provider's status and body.
 */
public final class RetryingPost {

    public static final ErrorCode PROVIDER_ERROR = ErrorCode.of("llm_provider_error");

    private final HttpClient http;
    private final Duration firstByteTimeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    public RetryingPost(Duration connectTimeout, Duration firstByteTimeout, int maxAttempts, Duration initialBackoff,
                        Duration maxBackoff) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.firstByteTimeout = firstByteTimeout;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** Sends {@code body} as JSON with the given headers; returns once a 200 arrives (its body still unread). */
    public HttpResponse<InputStream> send(URI uri, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(firstByteTimeout)
                .header("content-type", "application/json").header("accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt >= maxAttempts) {
                    throw new UpstreamFailureException(PROVIDER_ERROR, "could not reach the model provider: " + e.getMessage());
                }
                sleep(backoff(attempt, null));
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
            if (!retryable(response) || attempt >= maxAttempts) {
                throw new UpstreamFailureException(PROVIDER_ERROR, "the model provider answered " + status + ": " + detail);
            }
            sleep(backoff(attempt, response.headers().firstValue("retry-after").orElse(null)));
        }
    }

    private static boolean retryable(HttpResponse<?> response) {
        // Anthropic says outright when a retry is pointless (e.g. a 5xx caused by the request itself).
        if (response.headers().firstValue("x-should-retry").map("false"::equalsIgnoreCase).orElse(false)) {
            return false;
        }
        int status = response.statusCode();
        return status == 408 || status == 429 || status >= 500;
    }

    Duration backoff(int attempt, String retryAfter) {
        Duration wait = retryAfter != null && retryAfter.matches("\\d{1,3}")
                ? Duration.ofSeconds(Long.parseLong(retryAfter))
                : initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
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
