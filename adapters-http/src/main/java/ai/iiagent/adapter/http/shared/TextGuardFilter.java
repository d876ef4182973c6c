package ai.iiagent.adapter.http.shared;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The text of a request outside its body (decoded path, query parameters, headers) may not hold NUL
 * either: it reaches stored fields too (a language, a list name, an idempotency key). Bodies are
 * checked by {@link RestObjectMapper}. Pre-matching, so it runs once for every REST endpoint.
 */
public class TextGuardFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        if (hasNul(request.getUriInfo().getPath()) || hasNul(request.getUriInfo().getQueryParameters())
                || hasNul(request.getHeaders())) {
            throw new ValidationException(ErrorCode.of(InvalidTextException.CODE), InvalidTextException.DETAIL);
        }
    }

    private static boolean hasNul(MultivaluedMap<String, String> values) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (hasNul(entry.getKey()) || entry.getValue().stream().anyMatch(TextGuardFilter::hasNul)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
