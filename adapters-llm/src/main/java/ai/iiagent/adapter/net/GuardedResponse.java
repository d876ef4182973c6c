package ai.iiagent.adapter.net;

import java.net.URI;
import java.util.List;

/**
 * What a guarded GET brought back: the URL that finally answered, the hops before it, status,
 * the raw Content-Type, and the body up to the size limit ({@code truncated} when there was more).
 */
public record GuardedResponse(URI finalUri, List<URI> redirects, int status, String contentType, byte[] body,
                              boolean truncated) {

    public GuardedResponse {
        redirects = List.copyOf(redirects);
        contentType = contentType == null ? "" : contentType;
    }
}
