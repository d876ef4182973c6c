package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.settings.McpTransport;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.in.settings.ResolveMcpServersQuery;
import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.port.in.settings.ResolvedMcpServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's MCP servers plus those their connected accounts bring: a connected RevenueCat account
 * adds RevenueCat's hosted MCP server as {@value #REVENUECAT}, on the account's access token, refreshed
 * first when it is about to expire (so a run never starts on a stale token). A server of the same name
 * in the user's own MCP settings wins. A grant that can no longer be refreshed leaves the server out
 * with the reason, which the run tells the user; it never fails the run.
 */
public final class ConnectedMcpServers implements ResolveMcpServersUseCase {

    static final String REVENUECAT = "revenuecat";

    private final ResolveMcpServersUseCase settings;
    private final ConnectorTokenAccess tokens;
    private final Optional<String> revenueCatMcpUrl;

    /** @param revenueCatMcpUrl RevenueCat's MCP endpoint; empty to offer none */
    public ConnectedMcpServers(ResolveMcpServersUseCase settings, ConnectorTokenAccess tokens,
                               Optional<String> revenueCatMcpUrl) {
        this.settings = settings;
        this.tokens = tokens;
        this.revenueCatMcpUrl = revenueCatMcpUrl.filter(url -> !url.isBlank());
    }

    @Override
    public ResolvedMcpServers resolve(ResolveMcpServersQuery query) {
        ResolvedMcpServers own = settings.resolve(query);
        if (revenueCatMcpUrl.isEmpty() || ownsName(own, REVENUECAT)) {
            return own;
        }
        Optional<String> token;
        try {
            token = tokens.find(query.caller().userId(), ConnectorProvider.REVENUECAT);
        } catch (DomainException e) { // expired grant (connector forgotten) or RevenueCat down: run without it
            return leavingOut(own, e.code().value(), e.getMessage());
        } catch (RuntimeException e) { // anything else must not cost the user their other servers
            return leavingOut(own, ConnectorErrors.UPSTREAM_FAILED, e.getMessage());
        }
        if (token.isEmpty()) {
            return own;
        }
        List<McpServerSpec> servers = new ArrayList<>(own.servers());
        servers.add(new McpServerSpec(REVENUECAT, null, null, null, revenueCatMcpUrl.get(),
                Map.of("Authorization", "Bearer " + token.get()), McpTransport.HTTP.code()).validate());
        return new ResolvedMcpServers(servers, own.unreadable(), own.leftOut());
    }

    private static ResolvedMcpServers leavingOut(ResolvedMcpServers own, String code, String reason) {
        Map<String, ResolvedMcpServers.LeftOut> leftOut = new LinkedHashMap<>(own.leftOut());
        leftOut.put(REVENUECAT, new ResolvedMcpServers.LeftOut(code, "the RevenueCat connection could not be refreshed ("
                + reason + "); connect it again under Settings → Connectors if it expired"));
        return new ResolvedMcpServers(own.servers(), own.unreadable(), leftOut);
    }

    private static boolean ownsName(ResolvedMcpServers own, String name) {
        return own.unreadable().containsKey(name) || own.leftOut().containsKey(name) || own.servers().stream().anyMatch(server -> server.name().equals(name));
    }
}
