package ai.iiagent.port.in.integrations;

import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.users.Identity;
import java.util.List;
import java.util.UUID;

/**
 * Connecting a toolkit through Composio: start (a pending profile and Composio's authorisation page),
 * complete once Composio reports the account active (its MCP server is created then), status and
 * disconnect. Only the caller's profiles are ever found.
 */
public interface ConnectComposioToolkitUseCase {

    ComposioConnectStarted connect(ConnectComposioToolkitCommand command);

    /**
     * After Composio's page sent the user back: the profile of that connected account, active with
     * its MCP server; {@code composio_connection_pending} while Composio does not report it active.
     */
    ComposioProfile complete(Identity caller, String connectedAccountId);

    /** The caller's profiles of one toolkit. */
    List<ComposioProfile> status(Identity caller, String toolkitSlug);

    /**
     * Disconnects one profile of the toolkit ({@code profileId}) or all of them (null): the connected
     * account, auth config and MCP server are deleted at Composio and the synced MCP setting here.
     */
    void disconnect(Identity caller, String toolkitSlug, UUID profileId);
}
