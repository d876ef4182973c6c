package ai.iiagent.adapter.http.shared;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: taken from a well-formed incoming {@code X-Request-Id}, otherwise generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    static final String CONTEXT_KEY = "ii-agent.request-id";
    // Short and log-safe: an id that could forge log lines or carry a secret is replaced.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    public static String accept(String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** The id the filter assigned to this request, or null outside an HTTP request. */
    public static String of(RoutingContext context) {
        return context == null ? null : context.get(CONTEXT_KEY);
    }
}
