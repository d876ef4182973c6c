package ai.iiagent.adapter.socket.websocket;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps what an idle socket holds on to small (issue #25, docs/benchmarks.md). WebSockets Next keeps,
 * for the whole life of a connection, a copy of every upgrade header and the upgrade's deferred
 * security identity with the whole HTTP authentication pipeline behind it (two dozen
 * context-propagation captures per connection). Once the HTTP security handlers have run, this resolves
 * that identity (a bad bearer still fails the upgrade with 401) and leaves the upgrade only its result,
 * and only the headers the handshake and the endpoints read.
 */
@ApplicationScoped
public class UpgradeRequestTrim {

    /** Quarkus' routing-context key for the lazily authenticated identity (HttpSecurityUtils). */
    static final String DEFERRED_IDENTITY = "io.quarkus.vertx.http.deferred-identity";
    // After authentication (-200) and authorisation (-100) ran, before the endpoints' routes.
    private static final int AFTER_SECURITY = -50;
    private static final List<String> PATHS = List.of("/ws", "/socket.io/*");
    private static final Set<String> KEPT = Set.of("host", "upgrade", "connection", "origin", "authorization",
            "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-protocol");

    void register(@Observes Router router) {
        PATHS.forEach(path -> router.route(path).order(AFTER_SECURITY).handler(this::trim));
    }

    void trim(RoutingContext context) {
        if (!"websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next();
            return;
        }
        keepOnly(context.request().headers());
        Uni<SecurityIdentity> deferred = context.get(DEFERRED_IDENTITY);
        if (deferred == null) {
            context.next();
            return;
        }
        Context loop = Vertx.currentContext();
        deferred.subscribe().with(
                identity -> loop.runOnContext(ignored -> proceed(context, Uni.createFrom().item(identity))),
                failure -> loop.runOnContext(ignored -> proceed(context, Uni.createFrom().failure(failure))));
    }

    private static void proceed(RoutingContext context, Uni<SecurityIdentity> resolved) {
        context.put(DEFERRED_IDENTITY, resolved);
        context.next();
    }

    static void keepOnly(MultiMap headers) {
        headers.names().stream().filter(name -> !KEPT.contains(name.toLowerCase(Locale.ROOT))).toList()
                .forEach(headers::remove);
    }
}
