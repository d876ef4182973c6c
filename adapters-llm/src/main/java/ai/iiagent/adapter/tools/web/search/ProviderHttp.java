package ai.iiagent.adapter.tools.web.search;

import ai.iiagent.port.out.web.WebToolFailedException;
import ai.iiagent.port.out.web.WebToolFailedException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One request to a search provider (an operator-configured URL, so not SSRF-guarded) with a time
 * limit; transport failures and non-2xx answers become {@link WebToolFailedException}s that name
 * the provider and say what it answered, never the API key.
 */
final class ProviderHttp {

    private final String label;
    private final Duration timeout;
    private final HttpClient client;

    ProviderHttp(String label, Duration timeout) {
        this.label = label;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Duration timeout() {
        return timeout;
    }

    /** Pulls a readable reason out of a provider's error answer ("" when there is none). */
    @FunctionalInterface
    interface ErrorDetail {
        String of(int status, String body);
    }

    /** A 2xx answer. */
    record Answer(int status, String body) {
    }

    /** The 2xx answer, or a {@link WebToolFailedException} saying what went wrong. */
    Answer send(HttpRequest request, ErrorDetail errorDetail) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new WebToolFailedException(Kind.TIMEOUT, label + " could not be reached within " + seconds(), e);
        } catch (HttpTimeoutException e) {
            throw new WebToolFailedException(Kind.TIMEOUT, label + " did not answer within " + seconds(), e);
        } catch (ConnectException e) {
            throw new WebToolFailedException(Kind.NETWORK, label + " could not be reached (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new WebToolFailedException(Kind.NETWORK, label + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebToolFailedException(Kind.TIMEOUT, label + " search was stopped", e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String detail = safeDetail(errorDetail, status, response.body());
            throw new WebToolFailedException(Kind.HTTP_ERROR, label + " answered HTTP " + status
                    + (detail.isBlank() ? "" : ": " + detail));
        }
        return new Answer(status, response.body());
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    private static String safeDetail(ErrorDetail errorDetail, int status, String body) {
        try {
            String detail = errorDetail.of(status, body == null ? "" : body);
            return detail == null ? "" : detail.length() > 300 ? detail.substring(0, 300) + "…" : detail;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
