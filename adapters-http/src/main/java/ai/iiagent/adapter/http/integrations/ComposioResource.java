package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.integrations.ComposioAction;
import ai.iiagent.domain.integrations.ComposioCustomAuth;
import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.domain.integrations.ComposioProfile;
import ai.iiagent.domain.integrations.ComposioToolkit;
import ai.iiagent.domain.integrations.ComposioToolkitPage;
import ai.iiagent.port.in.integrations.BrowseComposioToolkitsUseCase;
import ai.iiagent.port.in.integrations.ComposioConnectStarted;
import ai.iiagent.port.in.integrations.ComposioMcpConfig;
import ai.iiagent.port.in.integrations.ConnectComposioToolkitCommand;
import ai.iiagent.port.in.integrations.ConnectComposioToolkitUseCase;
import ai.iiagent.port.in.integrations.ManageComposioProfilesUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Composio ({@code /v1/connectors/composio}): the toolkit catalogue, connecting toolkits as named
 * profiles, and the profiles as the caller's MCP servers. Profile ids of another user are "not found";
 * MCP URLs appear only in {@code mcp-config}, the Composio API key never.
 */
@Path("/v1/connectors/composio")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComposioResource {

    public record ToolkitResponse(String slug, String name, String description, String logo, List<String> categories,
                                  int toolsCount, List<String> authSchemes, List<String> composioManagedAuthSchemes) {
        static ToolkitResponse of(ComposioToolkit t) {
            return new ToolkitResponse(t.slug(), t.name(), t.description(), t.logo(), t.categories(), t.toolsCount(),
                    t.authSchemes(), t.composioManagedAuthSchemes());
        }
    }

    public record ToolkitsResponse(List<ToolkitResponse> items, String nextCursor, int totalItems) {
    }

    public record ActionsResponse(String toolkitSlug, List<ComposioAction> actions) {
    }

    public record CustomAuthRequest(String authScheme, Map<String, String> credentials) {
    }

    public record ConnectRequest(String profileName, Map<String, String> initiationFields, boolean useCustomAuth,
                                 CustomAuthRequest customAuthConfig) {
    }

    public record ConnectResponse(UUID profileId, String redirectUrl, String status, ProfileResponse profile) {
    }

    public record CompleteRequest(String connectedAccountId) {
    }

    public record ToolsRequest(List<String> tools, List<String> enabledTools) {
    }

    public record ProfileResponse(UUID id, String profileName, String toolkitSlug, String toolkitName, String status,
                                  List<String> enabledTools, String connectedAccountId, String mcpServerName,
                                  boolean syncedToAgent, UUID mcpSettingId, Instant createdAt, Instant updatedAt) {
        static ProfileResponse of(ComposioProfile p) {
            return new ProfileResponse(p.id(), p.profileName(), p.toolkitSlug(), p.toolkitName(), p.status().code(),
                    p.enabledTools(), p.connectedAccountId(), p.mcpServerName(), p.mcpSettingId() != null,
                    p.mcpSettingId(), p.createdAt(), p.updatedAt());
        }
    }

    public record ProfilesResponse(List<ProfileResponse> profiles) {
    }

    public record StatusResponse(String toolkitSlug, boolean connected, List<ProfileResponse> profiles) {
    }

    private final CurrentIdentity caller;
    private final BrowseComposioToolkitsUseCase catalogue;
    private final ConnectComposioToolkitUseCase connections;
    private final ManageComposioProfilesUseCase profiles;

    public ComposioResource(CurrentIdentity caller, BrowseComposioToolkitsUseCase catalogue,
                            ConnectComposioToolkitUseCase connections, ManageComposioProfilesUseCase profiles) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.connections = connections;
        this.profiles = profiles;
    }

    @GET
    @Path("/config")
    @Operation(summary = "Whether the server has a Composio API key ({\"configured\": true|false}); never the key")
    public Map<String, Boolean> config() {
        caller.get();
        return Map.of("configured", catalogue.configured());
    }

    @GET
    @Path("/toolkits")
    @Operation(summary = "Composio's toolkit catalogue (search, category, paging by cursor)")
    public ToolkitsResponse toolkits(@QueryParam("search") String search, @QueryParam("category") String category,
                                     @QueryParam("limit") @DefaultValue("20") int limit, @QueryParam("cursor") String cursor) {
        caller.get();
        ComposioToolkitPage page = catalogue.toolkits(search, category, limit, cursor);
        return new ToolkitsResponse(page.items().stream().map(ToolkitResponse::of).toList(), page.nextCursor(),
                page.totalItems());
    }

    @GET
    @Path("/toolkits/{slug}")
    @Operation(summary = "One toolkit of the catalogue")
    public ToolkitResponse toolkit(@PathParam("slug") String slug) {
        caller.get();
        return ToolkitResponse.of(catalogue.toolkit(slug));
    }

    @GET
    @Path("/toolkits/{slug}/actions")
    @Operation(summary = "The tools (actions) of a toolkit, for a profile's tool selection")
    public ActionsResponse actions(@PathParam("slug") String slug, @QueryParam("limit") @DefaultValue("100") int limit) {
        caller.get();
        return new ActionsResponse(slug, catalogue.actions(slug, limit));
    }

    @POST
    @Path("/{slug}/connect")
    @Operation(summary = "Connect a toolkit as a named profile: the page at Composio where the user authorises it")
    public Response connect(@PathParam("slug") String slug, ConnectRequest body) {
        ConnectRequest request = body == null ? new ConnectRequest(null, null, false, null) : body;
        ComposioCustomAuth custom = null;
        if (request.useCustomAuth()) {
            CustomAuthRequest config = request.customAuthConfig();
            if (config == null || config.authScheme() == null || config.authScheme().isBlank()) {
                throw ComposioErrors.invalid("use_custom_auth needs custom_auth_config {auth_scheme, credentials}");
            }
            custom = new ComposioCustomAuth(config.authScheme().strip(), config.credentials());
        }
        ComposioConnectStarted started = connections.connect(new ConnectComposioToolkitCommand(caller.get(), slug,
                request.profileName(), request.initiationFields(), custom));
        return Response.status(201).entity(new ConnectResponse(started.profile().id(), started.redirectUrl(),
                started.profile().status().code(), ProfileResponse.of(started.profile()))).build();
    }

    @POST
    @Path("/oauth-complete")
    @Operation(summary = "After Composio's page: activate the profile of that connected account (creates its MCP server)")
    public ProfileResponse complete(CompleteRequest body) {
        return ProfileResponse.of(connections.complete(caller.get(), body == null ? null : body.connectedAccountId()));
    }

    @GET
    @Path("/{slug}/status")
    @Operation(summary = "The caller's profiles of one toolkit")
    public StatusResponse status(@PathParam("slug") String slug) {
        List<ProfileResponse> found = connections.status(caller.get(), slug).stream().map(ProfileResponse::of).toList();
        return new StatusResponse(slug, found.stream().anyMatch(p -> "enable".equals(p.status()) || "disable".equals(p.status())),
                found);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(summary = "Disconnect one profile (profile_id) or every profile of the toolkit")
    public Response disconnect(@PathParam("slug") String slug, @QueryParam("profile_id") UUID profileId) {
        connections.disconnect(caller.get(), slug, profileId);
        return Response.noContent().build();
    }

    @GET
    @Path("/profiles")
    @Operation(summary = "The caller's Composio profiles")
    public ProfilesResponse profiles(@QueryParam("toolkit_slug") String toolkitSlug) {
        return new ProfilesResponse(profiles.list(caller.get(), toolkitSlug).stream().map(ProfileResponse::of).toList());
    }

    @GET
    @Path("/profiles/{id}/mcp-config")
    @Operation(summary = "The profile as an MCP server entry ({\"mcpServers\": {name: {url, transport}}})")
    public Map<String, Object> mcpConfig(@PathParam("id") UUID id) {
        ComposioMcpConfig config = profiles.mcpConfig(caller.get(), id);
        return Map.of("mcpServers", Map.of(config.serverName(), Map.of("url", config.url(), "transport", "http")));
    }

    @POST
    @Path("/profiles/{id}/sync-to-agent")
    @Operation(summary = "Write the profile into the caller's MCP settings: the agent gets its tools as mcp_<server>_<TOOL>")
    public ProfileResponse sync(@PathParam("id") UUID id) {
        return ProfileResponse.of(profiles.sync(caller.get(), id));
    }

    @POST
    @Path("/profiles/{id}/enable")
    @Operation(summary = "Offer the profile's tools to the agent again")
    public ProfileResponse enable(@PathParam("id") UUID id) {
        return ProfileResponse.of(profiles.setEnabled(caller.get(), id, true));
    }

    @POST
    @Path("/profiles/{id}/disable")
    @Operation(summary = "Stop offering the profile's tools to the agent (kept connected)")
    public ProfileResponse disable(@PathParam("id") UUID id) {
        return ProfileResponse.of(profiles.setEnabled(caller.get(), id, false));
    }

    @PUT
    @Path("/profiles/{id}/tools")
    @Operation(summary = "Select the tools the profile offers ({\"tools\": [\"GMAIL_SEND_EMAIL\", ...]}; empty: all)")
    public ProfileResponse tools(@PathParam("id") UUID id, ToolsRequest body) {
        List<String> tools = body == null ? null : body.tools() != null ? body.tools() : body.enabledTools();
        return ProfileResponse.of(profiles.setTools(caller.get(), id, tools));
    }

    @DELETE
    @Path("/profiles/{id}")
    @Operation(summary = "Delete the profile, at Composio too, and its MCP setting")
    public Response delete(@PathParam("id") UUID id) {
        profiles.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
