package ai.iiagent.adapter.http.settings;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.settings.McpSetting;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.settings.CreateMcpSettingCommand;
import ai.iiagent.port.in.settings.CreateMcpSettingUseCase;
import ai.iiagent.port.in.settings.DeleteMcpSettingCommand;
import ai.iiagent.port.in.settings.DeleteMcpSettingUseCase;
import ai.iiagent.port.in.settings.GetMcpSettingQuery;
import ai.iiagent.port.in.settings.GetMcpSettingUseCase;
import ai.iiagent.port.in.settings.ListMcpSettingsQuery;
import ai.iiagent.port.in.settings.ListMcpSettingsUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingCommand;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The caller's MCP server configurations; env and header values are stored encrypted and shown masked. */
@Path("/v1/user-settings/mcp")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class McpSettingsResource {

    public record McpSettingRequest(Map<String, Object> mcpConfig, Map<String, Object> metadata, Boolean isActive) {
    }

    public record McpSettingResponse(UUID id, Map<String, Object> mcpConfig, Map<String, Object> metadata, boolean isActive,
                                     Instant createdAt, Instant updatedAt) {
        static McpSettingResponse of(McpSetting s) {
            return new McpSettingResponse(s.id().value(), McpConfigWire.masked(s.servers()), s.metadata(), s.active(),
                    s.createdAt(), s.updatedAt());
        }
    }

    public record McpSettingsResponse(List<McpSettingResponse> settings) {
    }

    private final CurrentIdentity caller;
    private final ListMcpSettingsUseCase list;
    private final GetMcpSettingUseCase get;
    private final CreateMcpSettingUseCase create;
    private final UpdateMcpSettingUseCase update;
    private final DeleteMcpSettingUseCase delete;

    public McpSettingsResource(CurrentIdentity caller, ListMcpSettingsUseCase list, GetMcpSettingUseCase get,
                               CreateMcpSettingUseCase create, UpdateMcpSettingUseCase update, DeleteMcpSettingUseCase delete) {
        this.caller = caller;
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @GET
    @Operation(summary = "The caller's MCP settings (secrets masked)")
    public McpSettingsResponse list(@QueryParam("only_active") boolean onlyActive) {
        return new McpSettingsResponse(list.list(new ListMcpSettingsQuery(caller.get(), onlyActive)).stream()
                .map(McpSettingResponse::of).toList());
    }

    @POST
    @Operation(summary = "Store an mcpServers configuration")
    public Response create(McpSettingRequest body) {
        McpSettingRequest request = body == null ? new McpSettingRequest(null, null, null) : body;
        McpSetting created = create.create(new CreateMcpSettingCommand(caller.get(), McpConfigWire.parse(request.mcpConfig()),
                JsonObject.ofNullable(request.metadata()), !Boolean.FALSE.equals(request.isActive())));
        return Response.status(Response.Status.CREATED).entity(McpSettingResponse.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One MCP setting (secrets masked)")
    public McpSettingResponse get(@PathParam("id") String id) {
        return McpSettingResponse.of(get.get(new GetMcpSettingQuery(caller.get(), SettingIds.mcp(id))));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update servers, metadata or is_active; a secret sent back as *** keeps its stored value")
    public McpSettingResponse update(@PathParam("id") String id, McpSettingRequest body) {
        McpSettingRequest request = body == null ? new McpSettingRequest(null, null, null) : body;
        return McpSettingResponse.of(update.update(new UpdateMcpSettingCommand(caller.get(), SettingIds.mcp(id),
                request.mcpConfig() == null ? null : McpConfigWire.parse(request.mcpConfig()), JsonObject.ofNullable(request.metadata()),
                request.isActive())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one MCP setting")
    public Response delete(@PathParam("id") String id) {
        delete.delete(new DeleteMcpSettingCommand(caller.get(), SettingIds.mcp(id)));
        return Response.noContent().build();
    }
}
