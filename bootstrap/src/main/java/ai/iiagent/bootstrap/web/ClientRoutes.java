package ai.iiagent.bootstrap.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The web UI's client-side routes (docs/ui.md) answer with its index.html, so a reload or a shared
 * link opens the right screen. Quinoa's own SPA fallback cannot do this here: REST owns the root
 * path and answers every unknown path with a problem+json 404, which must stay so for the API.
 * Only these paths are rerouted; everything else (/v1, /auth, /ws, /q, ...) is untouched.
 */
@Singleton
public class ClientRoutes {

    /** Keep in step with the routes of bootstrap/src/main/webui/src/App.tsx. */
    static final Pattern ROUTES = Pattern.compile("^/(?:login|credits|settings|s/[^/]+|share/[^/]+|chat|chat/[^/]+|connectors/[a-z-]+/callback|media|storybooks/[^/]+|public/storybooks/[^/]+)/?$");

    // After the request id filter, before REST and Quinoa's resource handler.
    private static final int BEFORE_REST = Integer.MIN_VALUE + 200;

    void register(@Observes Router router) {
        router.route().order(BEFORE_REST).handler(this::route);
    }

    private void route(RoutingContext context) {
        HttpMethod method = context.request().method();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && ROUTES.matcher(context.normalizedPath()).matches()) {
            context.reroute(method, "/");
        } else {
            context.next();
        }
    }
}
