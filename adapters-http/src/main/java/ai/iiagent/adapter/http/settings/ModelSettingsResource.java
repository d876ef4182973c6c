package ai.iiagent.adapter.http.settings;

import ai.iiagent.adapter.http.settings.ModelSettingWire.ModelSettingRequest;
import ai.iiagent.adapter.http.settings.ModelSettingWire.ModelSettingResponse;
import ai.iiagent.adapter.http.settings.ModelSettingWire.ModelSettingsResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.settings.CreateModelSettingCommand;
import ai.iiagent.port.in.settings.CreateModelSettingUseCase;
import ai.iiagent.port.in.settings.DeleteModelSettingCommand;
import ai.iiagent.port.in.settings.DeleteModelSettingUseCase;
import ai.iiagent.port.in.settings.GetModelSettingQuery;
import ai.iiagent.port.in.settings.GetModelSettingUseCase;
import ai.iiagent.port.in.settings.ListModelSettingsQuery;
import ai.iiagent.port.in.settings.ListModelSettingsUseCase;
import ai.iiagent.port.in.settings.UpdateModelSettingCommand;
import ai.iiagent.port.in.settings.UpdateModelSettingUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Selectable models: the offline model, system models (read-only) and the caller's BYOK models. */
@Path("/v1/user-settings/models")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelSettingsResource {

    private final CurrentIdentity caller;
    private final ListModelSettingsUseCase list;
    private final GetModelSettingUseCase get;
    private final CreateModelSettingUseCase create;
    private final UpdateModelSettingUseCase update;
    private final DeleteModelSettingUseCase delete;

    public ModelSettingsResource(CurrentIdentity caller, ListModelSettingsUseCase list, GetModelSettingUseCase get,
                                 CreateModelSettingUseCase create, UpdateModelSettingUseCase update,
                                 DeleteModelSettingUseCase delete) {
        this.caller = caller;
        this.list = list;
        this.get = get;
        this.create = create;
        this.update = update;
        this.delete = delete;
    }

    @GET
    @Operation(summary = "All models the caller can select (offline, system, own)")
    public ModelSettingsResponse list() {
        return new ModelSettingsResponse(list.list(new ListModelSettingsQuery(caller.get())).stream()
                .map(ModelSettingResponse::of).toList());
    }

    @POST
    @Operation(summary = "Add a BYOK model; the API key is stored encrypted and never returned")
    public Response create(ModelSettingRequest body) {
        ModelSettingRequest request = body == null ? new ModelSettingRequest(null, null, null, null, null, null, null, null, null) : body;
        var created = create.create(new CreateModelSettingCommand(caller.get(), request.provider(), request.modelId(),
                request.displayName(), request.baseUrl(), request.apiKey(), JsonObject.ofNullable(request.params()),
                ModelSettingWire.pricing(request.pricing()), Boolean.TRUE.equals(request.isDefault()),
                !Boolean.FALSE.equals(request.isActive())));
        return Response.status(Response.Status.CREATED).entity(ModelSettingResponse.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One selectable model")
    public ModelSettingResponse get(@PathParam("id") String id) {
        return ModelSettingResponse.of(get.get(new GetModelSettingQuery(caller.get(), SettingIds.model(id))));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Partially update one of your models (omitted fields stay; empty api_key removes the key)")
    public ModelSettingResponse update(@PathParam("id") String id, ModelSettingRequest body) {
        ModelSettingRequest r = body == null ? new ModelSettingRequest(null, null, null, null, null, null, null, null, null) : body;
        return ModelSettingResponse.of(update.update(new UpdateModelSettingCommand(caller.get(), SettingIds.model(id),
                r.provider(), r.modelId(), r.displayName(), r.baseUrl(), r.apiKey(), JsonObject.ofNullable(r.params()),
                ModelSettingWire.pricing(r.pricing()), r.isDefault(), r.isActive())));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of your models")
    public Response delete(@PathParam("id") String id) {
        delete.delete(new DeleteModelSettingCommand(caller.get(), SettingIds.model(id)));
        return Response.noContent().build();
    }
}
