package ai.iiagent.port.in.content;

import ai.iiagent.domain.credits.MediaPrice;
import java.util.Objects;

/**
 * A configured media model as users see it: who makes it, whether it is the offline placeholder,
 * whether it can run here now (if not, why), and its price per unit.
 */
public record MediaModelView(String id, String provider, String displayName, boolean offline, boolean available,
                             String unavailableReason, MediaPrice price) {

    public MediaModelView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(price, "price");
    }
}
