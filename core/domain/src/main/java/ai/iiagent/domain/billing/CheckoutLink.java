package ai.iiagent.domain.billing;

import java.util.Objects;

/** A hosted checkout page the user is sent to: the provider's session id and its URL. */
public record CheckoutLink(String sessionId, String url) {

    public CheckoutLink {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(url, "url");
    }
}
