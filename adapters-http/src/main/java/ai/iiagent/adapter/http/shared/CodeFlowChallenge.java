package ai.iiagent.adapter.http.shared;

import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * An anonymous request to an OIDC code-flow endpoint must be redirected to the provider, not
 * answered 401: asks the selected authentication mechanism for its challenge and keeps a redirect.
 * Asynchronous, since authentication failures surface on the event loop.
 */
final class CodeFlowChallenge {

    private CodeFlowChallenge() {
    }

    /** The provider redirect, or empty when the challenge is not a redirect (plain bearer endpoints). */
    static Uni<Optional<Response>> redirectIfAny(RoutingContext context) {
        HttpAuthenticator authenticator = context == null ? null : context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return authenticator.getChallenge(context).map(CodeFlowChallenge::asRedirect);
    }

    private static Optional<Response> asRedirect(ChallengeData challenge) {
        if (challenge == null || challenge.status != 302) {
            return Optional.empty();
        }
        Response.ResponseBuilder redirect = Response.status(302);
        challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
        return Optional.of(redirect.build());
    }
}
