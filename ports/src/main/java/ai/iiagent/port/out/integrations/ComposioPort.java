package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioAuthConfig;
import ai.iiagent.domain.integrations.ComposioConnection;
import ai.iiagent.domain.integrations.ComposioCustomAuth;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.integrations.ComposioToolkitPage;
import java.util.List;
import java.util.Map;

/**
 * Composio's platform on the server's project API key: the toolkit catalogue, auth configs,
 * connected accounts of our users (Composio's {@code user_id} is ours to choose) and Composio-hosted MCP
 * servers. Without an API key every call is {@code ServiceUnavailableException}
 * {@code composio_not_configured}; an unknown toolkit {@code NotFoundException}
 * {@code composio_toolkit_not_found}; any other refusal or failure {@code UpstreamFailureException}
 * {@code connector_upstream_failed}. The API key never appears in an exception or log line.
 */
public interface ComposioPort {

    /** Whether the server has a Composio API key. */
    boolean configured();

    /** A page of the catalogue; {@code search}, {@code category} and {@code cursor} may be null. */
    ComposioToolkitPage toolkits(String search, String category, int limit, String cursor);

    ComposioToolkit toolkit(String slug);

    /** The tools of a toolkit, up to {@code limit}. */
    List<ComposioAction> actions(String toolkitSlug, int limit);

    /**
     * A new auth config for the toolkit: Composio-managed credentials, or the user's own when
     * {@code custom} is given.
     */
    ComposioAuthConfig createAuthConfig(String toolkitSlug, ComposioCustomAuth custom);

    /**
     * Starts connecting the user's account under an auth config; OAuth toolkits answer
     * {@code INITIATED} with the page the user must visit, which sends them to {@code callbackUrl}.
     *
     * @param fields values the toolkit asks for at connection time (a subdomain, an API key), or empty
     */
    ComposioConnection connect(ComposioAuthConfig authConfig, String composioUserId, String callbackUrl,
                               Map<String, String> fields);

    /** The connected account's current status. */
    ComposioConnection connection(String connectedAccountId);

    /** Deletes the connected account at Composio (which revokes its credentials there); gone already is fine. */
    void deleteConnection(String connectedAccountId);

    /** Deletes an auth config; gone already is fine. */
    void deleteAuthConfig(String authConfigId);

    /**
     * A Composio MCP server for one auth config, offering {@code allowedTools} (empty: all of the
     * toolkit's). Answers its id.
     */
    String createMcpServer(String name, String authConfigId, List<String> allowedTools);

    /** Replaces the tools an MCP server offers (empty: all). */
    void updateMcpServerTools(String mcpServerId, List<String> allowedTools);

    /** Deletes an MCP server; gone already is fine. */
    void deleteMcpServer(String mcpServerId);

    /** The server's URL for one of our users (it reaches that user's connected accounts: a secret). */
    String mcpUrl(String mcpServerId, String composioUserId);
}
