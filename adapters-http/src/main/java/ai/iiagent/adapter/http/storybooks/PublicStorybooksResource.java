package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.adapter.http.storybooks.StorybooksWire.StorybookResponse;
import ai.iiagent.port.in.storybooks.ReadStorybooksUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A published storybook version for anyone with the link (unpublished or unknown: 404). */
@Path("/v1/public/storybooks")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicStorybooksResource {

    private final ReadStorybooksUseCase read;

    public PublicStorybooksResource(ReadStorybooksUseCase read) {
        this.read = read;
    }

    @GET
    @Path("/{storybook_id}")
    @Operation(summary = "A published storybook with its pages")
    public StorybookResponse get(@PathParam("storybook_id") String id) {
        return StorybookResponse.of(read.published(StorybooksWire.id(id)));
    }
}
