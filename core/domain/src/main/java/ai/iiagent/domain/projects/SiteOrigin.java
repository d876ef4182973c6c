package ai.iiagent.domain.projects;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;

/** Where the app finds a site it serves itself: a directory of files, or a server it forwards requests to. */
public sealed interface SiteOrigin {

    /** Files under {@code root} (never through a link leaving it). */
    record Files(Path root) implements SiteOrigin {
    }

    /** A supervised server reachable at {@code address} on the host's loopback (and nothing else). */
    record Server(InetSocketAddress address) implements SiteOrigin {
    }

    /**
     * The site is live on another node of the app, whose own HTTP port is {@code node} (its base
     * URL, {@code SITES_NODE_URL} there): the request is passed to it as it came, once.
     */
    record Node(URI node) implements SiteOrigin {
    }
}
