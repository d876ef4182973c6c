package ai.iiagent.adapter.http.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose announced {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * with a problem+json 413 ({@code payload_too_large}). Quarkus' own check would answer the same status with
 * an empty body; this one runs just before it, so clients get the same error shape as everywhere else.
 */
@ApplicationScoped
public class BodySizeLimit {

    // After the request id is assigned, before Quarkus' own size check (route order -2).
    private static final int ORDER = Integer.MIN_VALUE + 101;

    private final long limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
                  ObjectMapper json) {
        this.limit = limit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (announced(context) <= limit) {
            context.next();
            return;
        }
        ProblemDetail problem = ProblemDetail.of(413, "Payload too large", "payload_too_large",
                "The request body is larger than " + limit + " bytes.", context.request().path(), RequestIds.of(context));
        context.response().setStatusCode(413).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE)
                .putHeader("Connection", "close")
                // The unread body is not drained: close once the answer is out.
                .endHandler(done -> context.request().connection().close())
                .end(encode(problem));
    }

    private String encode(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static long announced(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1;   // Vert.x refuses a malformed length itself
        }
    }
}
