package ai.iiagent.bootstrap.config;

import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** {@code app.http.*}: reverse proxies whose forwarding headers name the client. */
public interface HttpConfig {

    /**
     * Address blocks (CIDR or single addresses) of the reverse proxies in front of this server; only a
     * request whose socket peer is in one of them has its forwarding header read. None = the peer is the client.
     */
    Optional<List<String>> trustedProxies();

    /** The header those proxies write: {@code x-forwarded-for} or {@code forwarded} (RFC 7239). */
    @WithDefault("x-forwarded-for")
    String clientAddressHeader();
}
