package ai.iiagent.adapter.http.shared;

import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.RateLimitedException;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into {@code application/problem+json}: domain errors by their
 * category and code, framework errors (unknown path, wrong method, bad media type) by status, and
 * anything unexpected into a 500 that hides internals but names the request id to search the logs for.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response mapDomainError(DomainException error, RoutingContext context) {
        ProblemStatus status = ProblemStatus.of(error);
        Response.ResponseBuilder response = problem(status.status(), status.title(), error.code().value(),
                error.getMessage(), context);
        if (error instanceof RateLimitedException limited) {
            response.header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response mapFrameworkError(WebApplicationException error, RoutingContext context) {
        int status = error.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(error, "request failed with %d", status);
        }
        FrameworkProblem known = status == 400 ? FrameworkProblem.forBadRequest(error) : FrameworkProblem.forStatus(status);
        return problem(status, known.title(), known.code(), known.detail(), context).build();
    }

    /** A JSON body whose syntax is fine but a field has the wrong type or an unreadable value. */
    @ServerExceptionMapper
    public Response mapMismatchedJson(MismatchedInputException error, RoutingContext context) {
        FrameworkProblem known = FrameworkProblem.forMismatch(error);
        return problem(400, known.title(), known.code(), known.detail(), context).build();
    }

    @ServerExceptionMapper
    public Response mapFailedAuthentication(AuthenticationFailedException error, RoutingContext context) {
        String code = error.getCause() instanceof DomainException rejected ? rejected.code().value() : "auth_error";
        String detail = error.getCause() instanceof DomainException rejected ? rejected.getMessage()
                : "the bearer credential is not valid";
        return problem(401, "Authentication required", code, detail, context)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Uni<Response> mapMissingAuthentication(UnauthorizedException error, RoutingContext context) {
        return CodeFlowChallenge.redirectIfAny(context).map(redirect -> redirect.orElseGet(() -> problem(401,
                "Authentication required", "authentication_required",
                "send Authorization: Bearer <access token or API key>", context)
                .header("WWW-Authenticate", "Bearer").build()));
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException error, RoutingContext context) {
        return problem(403, "Forbidden", "forbidden", "your role does not allow this", context).build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(RuntimeException error, RoutingContext context) {
        LOG.error("unexpected error while serving the request", error);
        return problem(500, "Internal server error", "internal_error",
                "Something went wrong on our side. Quote the request id when reporting it.", context).build();
    }

    /** The problem for a status the HTTP stack itself raised. */
    static Response framework(int status, RoutingContext context) {
        FrameworkProblem known = FrameworkProblem.forStatus(status);
        return problem(status, known.title(), known.code(), known.detail(), context).build();
    }

    static Response.ResponseBuilder problem(int status, String title, String code, String detail,
                                                    RoutingContext context) {
        String path = context == null ? null : context.request().path();
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(ProblemDetail.of(status, title, code, detail, path, RequestIds.of(context)));
    }
}
