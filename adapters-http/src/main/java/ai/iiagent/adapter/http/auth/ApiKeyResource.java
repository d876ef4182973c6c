package ai.iiagent.adapter.http.auth;

import static ai.iiagent.adapter.http.auth.AuthRequests.required;

import ai.iiagent.adapter.http.auth.AuthRequests.CreateApiKeyRequest;
import ai.iiagent.adapter.http.auth.AuthResponses.ApiKeyResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.auth.ApiKeyId;
import ai.iiagent.domain.auth.ApiKeyNotFoundException;
import ai.iiagent.port.in.auth.CreateApiKeyCommand;
import ai.iiagent.port.in.auth.CreateApiKeyUseCase;
import ai.iiagent.port.in.auth.ListApiKeysQuery;
import ai.iiagent.port.in.auth.ListApiKeysUseCase;
import ai.iiagent.port.in.auth.RevokeApiKeyCommand;
import ai.iiagent.port.in.auth.RevokeApiKeyUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's API keys: usable as {@code Authorization: Bearer ii_...} wherever an access token is. */
@Path("/v1/users/me/api-keys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final CurrentIdentity caller;
    private final CreateApiKeyUseCase create;
    private final ListApiKeysUseCase list;
    private final RevokeApiKeyUseCase revoke;
    private final AuthHttpMapper mapper;

    public ApiKeyResource(CurrentIdentity caller, CreateApiKeyUseCase create, ListApiKeysUseCase list,
                          RevokeApiKeyUseCase revoke, AuthHttpMapper mapper) {
        this.caller = caller;
        this.create = create;
        this.list = list;
        this.revoke = revoke;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Active keys, newest first (prefix only; the key itself is never shown again)")
    public List<ApiKeyResponse> list() {
        return list.list(new ListApiKeysQuery(caller.get())).stream().map(mapper::toResponse).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key; the response is the only time the full key is shown")
    public Response create(CreateApiKeyRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toResponse(create.create(new CreateApiKeyCommand(caller.get(), required(body).name()))))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key; it stops working on the next request")
    public Response revoke(@PathParam("id") String id) {
        ApiKeyId keyId = parse(id);
        revoke.revoke(new RevokeApiKeyCommand(caller.get(), keyId));
        return Response.noContent().build();
    }

    private static ApiKeyId parse(String id) {
        try {
            return new ApiKeyId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            // A malformed id names no key of yours: same answer as an unknown one.
            throw new ApiKeyNotFoundException(new ApiKeyId(new UUID(0, 0)));
        }
    }
}
