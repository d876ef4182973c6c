package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * HTTP to a deploy or registry provider's REST API with a bearer token. Failures become
 * {@link UpstreamFailureException}s with stable codes ({@code deploy_provider_rejected} for 4xx,
 * {@code deploy_provider_failed} for 5xx and unreachable, {@code deploy_timeout}); the log gets
 * provider, method, path and status only: never a header, a body or a query (tokens, file contents).
 */
public final class DeployHttp {

    private static final Logger LOG = Logger.getLogger(DeployHttp.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final HttpClient client;
    private final Duration timeout;

    public DeployHttp(String provider, Duration timeout) {
        this.provider = provider;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A request to {@code url} with the bearer token and JSON accepted. */
    public HttpRequest.Builder request(String url, String bearer) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "ii-agent-jvm").header("Authorization", "Bearer " + bearer);
    }

    public static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("unserialisable request body", e);
        }
    }

    /** The answer's JSON body; a status outside 2xx is thrown (the provider's own message kept, never the request). */
    public JsonNode send(HttpRequest request) {
        HttpResponse<byte[]> response = exchange(request);
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw refused(request, response.statusCode(), body);
        }
        return body;
    }

    /** The raw answer, any status (for reads where 404 means "absent"); transport failures are thrown. */
    public HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            LOG.warnf("%s %s %s timed out", provider, request.method(), request.uri().getPath());
            throw new UpstreamFailureException(DeploymentErrors.TIMED_OUT, provider + " did not answer within "
                    + timeout.toSeconds() + " s");
        } catch (IOException e) {
            LOG.warnf("%s %s %s failed: %s", provider, request.method(), request.uri().getPath(), e.getClass().getSimpleName());
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, provider + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, provider + " call interrupted");
        }
    }

    /** The failure for a non-2xx answer: 4xx refused, 5xx failed, with the provider's message when it gave one. */
    public UpstreamFailureException refused(HttpRequest request, int status, JsonNode body) {
        LOG.warnf("%s %s %s answered %d", provider, request.method(), request.uri().getPath(), status);
        ErrorCode code = status >= 500 ? DeploymentErrors.PROVIDER_FAILED : DeploymentErrors.PROVIDER_REJECTED;
        String detail = providerMessage(body);
        return new UpstreamFailureException(code, provider + " answered HTTP " + status + (detail.isEmpty() ? "" : ": " + detail));
    }

    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String provider() {
        return provider;
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    // Vercel {error: {code, message}}, Google {error: {status, message}}, Cloudflare {errors: [{code, message}]}.
    private static String providerMessage(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isTextual()) { // OAuth token endpoints: {error, error_description}
            return error.asText() + " " + clip(body.path("error_description").asText(""));
        }
        if (error.isObject()) {
            String code = error.path("code").isTextual() ? error.path("code").asText() : error.path("status").asText("");
            return (code.isEmpty() ? "" : code + " ") + clip(error.path("message").asText(""));
        }
        JsonNode first = body.path("errors").path(0);
        return first.isObject() ? first.path("code").asText("") + " " + clip(first.path("message").asText("")) : "";
    }

    private static String clip(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
