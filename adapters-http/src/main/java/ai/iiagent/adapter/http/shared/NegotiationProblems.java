package ai.iiagent.adapter.http.shared;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 415, 405 and 406 are found while a method is chosen, before security runs. On a path that needs a
 * signed-in caller, an anonymous (or badly authenticated) request gets the 401 it would have got with a
 * matching request, so content negotiation never comes before authentication.
 */
public class NegotiationProblems {

    private final ProtectedPaths protectedPaths;

    public NegotiationProblems(ProtectedPaths protectedPaths) {
        this.protectedPaths = protectedPaths;
    }

    @ServerExceptionMapper({NotSupportedException.class, NotAllowedException.class, NotAcceptableException.class})
    public Uni<Response> mapNegotiation(WebApplicationException error, RoutingContext context) {
        Response negotiation = ProblemExceptionMappers.framework(error.getResponse().getStatus(), context);
        if (context == null || !protectedPaths.requiresAuthentication(context.request().path())) {
            return Uni.createFrom().item(negotiation);
        }
        return QuarkusHttpUser.getSecurityIdentity(context, null)
                .map(identity -> isAnonymous(identity) ? unauthenticated(context) : negotiation)
                .onFailure().recoverWithItem(failed -> unauthenticated(context));
    }

    private static boolean isAnonymous(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous();
    }

    private static Response unauthenticated(RoutingContext context) {
        return ProblemExceptionMappers.problem(401, "Authentication required", "authentication_required",
                "send Authorization: Bearer <access token or API key>", context)
                .header("WWW-Authenticate", "Bearer").build();
    }
}
