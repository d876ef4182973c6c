package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ConnectorProvider;
import java.time.Instant;

/**
 * A provider as the caller sees it: whether the server can connect it at all ({@code configured}),
 * whether the caller has, to which account, with which scope, since when. Never any token.
 */
public record ConnectorStatus(ConnectorProvider provider, boolean configured, boolean connected, String account,
                              String scope, Instant expiresAt, Instant connectedAt) {

    public static ConnectorStatus disconnected(ConnectorProvider provider, boolean configured) {
        return new ConnectorStatus(provider, configured, false, null, null, null, null);
    }
}
