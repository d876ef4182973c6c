package ai.iiagent.adapter.integrations.oauth;

import ai.iiagent.domain.integrations.ConnectorErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * HTTP to a provider's OAuth and REST endpoints. Failures are logged with the provider, method,
 * path and status only: request and response bodies (which hold codes and tokens) never reach a log.
 */
public final class ProviderHttp {

    private static final Logger LOG = Logger.getLogger(ProviderHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String provider;
    private final HttpClient client;
    private final Duration timeout;

    public ProviderHttp(String provider, Duration timeout) {
        this.provider = provider;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An answer: status and parsed JSON body ({@code null} node for an empty or non-JSON body). */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "ii-agent-jvm");
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = parse(response.body());
            if (response.statusCode() >= 400) {
                LOG.warnf("%s %s %s answered %d", provider, request.method(), request.uri().getPath(), response.statusCode());
            }
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            LOG.warnf("%s %s %s failed: %s", provider, request.method(), request.uri().getPath(), e.getClass().getSimpleName());
            throw ConnectorErrors.upstream(provider + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorErrors.upstream(provider + " call interrupted");
        }
    }

    /** A streamed body for downloads; the caller closes it. Non-2xx answers are failures. */
    public HttpResponse<InputStream> stream(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw ConnectorErrors.upstream(provider + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorErrors.upstream(provider + " call interrupted");
        }
    }

    /** Logs a failed call the way {@link #send} does: provider, method, path and status only. */
    public void logFailure(String method, String path, int status) {
        LOG.warnf("%s %s %s answered %d", provider, method, path, status);
    }

    /** A JSON body, or a missing node when it is empty or not JSON. */
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

    public String provider() {
        return provider;
    }
}
