package ai.iiagent.domain.integrations;

import java.util.Objects;

/** A connected account at Composio: its id, status and (while initiated) where the user authorises it. */
public record ComposioConnection(String id, ComposioConnectionStatus status, String redirectUrl) {

    public ComposioConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
