package ai.iiagent.adapter.http.files;

import ai.iiagent.adapter.http.shared.ProblemDetail;
import ai.iiagent.adapter.http.shared.RequestIds;
import ai.iiagent.domain.files.RangeNotSatisfiableException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 416 for ranges outside the object, with {@code Content-Range: bytes *}/size as RFC 9110 asks. */
public class FilesProblemMappers {

    @ServerExceptionMapper
    public Response mapUnsatisfiableRange(RangeNotSatisfiableException error, RoutingContext context) {
        return Response.status(416).type(ProblemDetail.MEDIA_TYPE)
                .header("Content-Range", "bytes */" + error.size())
                .entity(ProblemDetail.of(416, "Range not satisfiable", error.code().value(), error.getMessage(),
                        context == null ? null : context.request().path(), RequestIds.of(context)))
                .build();
    }
}
