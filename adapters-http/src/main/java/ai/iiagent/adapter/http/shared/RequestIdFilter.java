package ai.iiagent.adapter.http.shared;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request (API, health, OpenAPI) a request id: echoed in {@code X-Request-Id},
 * put in the logging MDC as {@code request_id}, and copied into problem+json bodies.
 */
@ApplicationScoped
public class RequestIdFilter {

    // Runs before every other route, including Quarkus' own (/q/health...).
    private static final int FIRST = Integer.MIN_VALUE + 100;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String id = RequestIds.accept(context.request().getHeader(RequestIds.HEADER));
        context.put(RequestIds.CONTEXT_KEY, id);
        context.response().putHeader(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
        context.next();
    }
}
