package ai.iiagent.adapter.http.content;

import ai.iiagent.adapter.http.content.MediaWire.ModelListResponse;
import ai.iiagent.adapter.http.content.MediaWire.ModelResponse;
import ai.iiagent.adapter.http.content.MediaWire.ReferenceImageRequest;
import ai.iiagent.adapter.http.content.MediaWire.ReferenceImageResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.content.MediaCategory;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.GenerateReferenceImageCommand;
import ai.iiagent.port.in.content.GenerateReferenceImageUseCase;
import ai.iiagent.port.in.content.ListMediaModelsUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The configured media models (public) and reference-image generation (signed in, billed). */
@Path("/v1/media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    private final ListMediaModelsUseCase models;
    private final GenerateReferenceImageUseCase referenceImage;
    private final CurrentIdentity caller;

    public MediaResource(ListMediaModelsUseCase models, GenerateReferenceImageUseCase referenceImage,
                         CurrentIdentity caller) {
        this.models = models;
        this.referenceImage = referenceImage;
        this.caller = caller;
    }

    @GET
    @Path("/models/image")
    @Operation(summary = "The configured image models with their price per image and an offline flag")
    public ModelListResponse imageModels() {
        return new ModelListResponse(models.list(MediaCategory.IMAGE).stream().map(ModelResponse::of).toList());
    }

    @GET
    @Path("/models/video")
    @Operation(summary = "The configured video models with their price per second and an offline flag")
    public ModelListResponse videoModels() {
        return new ModelListResponse(models.list(MediaCategory.VIDEO).stream().map(ModelResponse::of).toList());
    }

    @GET
    @Path("/models/audio")
    @Operation(summary = "The configured speech models with their price per character and an offline flag")
    public ModelListResponse audioModels() {
        return new ModelListResponse(models.list(MediaCategory.AUDIO).stream().map(ModelResponse::of).toList());
    }

    @POST
    @Path("/reference-image")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate a reference image for one of the caller's sessions (billed; stored with its files)")
    public Response referenceImage(ReferenceImageRequest body) {
        if (body == null) {
            throw new ValidationException(MediaErrors.INVALID_PROMPT, "send {prompt, session_id}");
        }
        if (body.sessionId() == null) {
            throw new ValidationException(MediaErrors.SESSION_ID_REQUIRED, "session_id names the session the image is for");
        }
        return Response.status(201).entity(ReferenceImageResponse.of(referenceImage.generate(
                new GenerateReferenceImageCommand(caller.get(), new SessionId(body.sessionId()), body.prompt(),
                        body.aspectRatio(), body.modelName(), body.provider())))).build();
    }
}
