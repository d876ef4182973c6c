package ai.iiagent.port.in.projects;

import java.net.URI;
import java.time.Instant;

/**
 * Where a sandbox server can be seen: {@code url} is the preview's own origin
 * ({@code http://<label>.<preview domain>:<port>/}); {@code openUrl} signs the browser in to it (a
 * grant valid until {@code grantExpiresAt}, exchanged for a cookie of that origin only), for a
 * session that is not public.
 */
public record PreviewLink(int port, URI url, URI openUrl, Instant grantExpiresAt) {
}
