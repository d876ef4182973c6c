package ai.iiagent.domain.billing;

import java.util.Objects;

/** The provider's self-service billing portal for one customer. */
public record PortalLink(String url) {

    public PortalLink {
        Objects.requireNonNull(url, "url");
    }
}
