package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.port.in.integrations.AppleCredentialsView;
import ai.iiagent.port.in.integrations.DeleteAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.GetAppleCredentialsUseCase;
import ai.iiagent.port.in.integrations.SaveAppleCredentialsCommand;
import ai.iiagent.port.in.integrations.SaveAppleCredentialsUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's App Store Connect API key (issue 22, mobile apps): issuer id, key id and the {@code .p8}
 * private key, sealed and never returned; TestFlight submissions use it.
 */
@Path("/v1/user-settings/apple-credentials")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppleCredentialsResource {

    /** {@code private_key}: the text of {@code AuthKey_<key id>.p8}. */
    public record AppleCredentialsRequest(String issuerId, String keyId, String privateKey) {
        @Override
        public String toString() {
            return "AppleCredentialsRequest[" + issuerId + ", " + keyId + ", ***]";
        }
    }

    public record AppleCredentialsResponse(boolean configured, String issuerId, String keyId, Instant updatedAt) {
        static AppleCredentialsResponse of(AppleCredentialsView view) {
            return new AppleCredentialsResponse(view.configured(), view.issuerId(), view.keyId(), view.updatedAt());
        }
    }

    private final CurrentIdentity caller;
    private final SaveAppleCredentialsUseCase save;
    private final GetAppleCredentialsUseCase get;
    private final DeleteAppleCredentialsUseCase delete;

    public AppleCredentialsResource(CurrentIdentity caller, SaveAppleCredentialsUseCase save, GetAppleCredentialsUseCase get,
                                    DeleteAppleCredentialsUseCase delete) {
        this.caller = caller;
        this.save = save;
        this.get = get;
        this.delete = delete;
    }

    @GET
    @Operation(summary = "The caller's App Store Connect key: its ids, never the private key")
    public AppleCredentialsResponse get() {
        return AppleCredentialsResponse.of(get.get(caller.get()));
    }

    @POST
    @Operation(summary = "Store an App Store Connect API key (issuer id, key id, .p8), the private key sealed")
    public AppleCredentialsResponse save(AppleCredentialsRequest body) {
        AppleCredentialsRequest request = body == null ? new AppleCredentialsRequest(null, null, null) : body;
        return AppleCredentialsResponse.of(save.save(new SaveAppleCredentialsCommand(caller.get(), request.issuerId(),
                request.keyId(), request.privateKey())));
    }

    @DELETE
    @Operation(summary = "Forget the caller's App Store Connect key")
    public Response delete() {
        delete.delete(caller.get());
        return Response.noContent().build();
    }
}
