package ai.iiagent.adapter.http.storybooks;

import ai.iiagent.adapter.http.storybooks.StorybooksWire.StorybookResponse;
import ai.iiagent.adapter.http.files.AssetStreams;
import ai.iiagent.adapter.http.files.RangeHeader;
import ai.iiagent.port.in.storybooks.ReadPublishedStorybookAssetUseCase;
import ai.iiagent.port.in.storybooks.ReadStorybooksUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A published storybook version for anyone with the link (unpublished or unknown: 404). */
@Path("/v1/public/storybooks")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicStorybooksResource {

    private final ReadStorybooksUseCase read;
    private final ReadPublishedStorybookAssetUseCase assets;

    public PublicStorybooksResource(ReadStorybooksUseCase read, ReadPublishedStorybookAssetUseCase assets) {
        this.read = read;
        this.assets = assets;
    }

    @GET
    @Path("/{storybook_id}")
    @Operation(summary = "A published storybook with its pages")
    public StorybookResponse get(@PathParam("storybook_id") String id) {
        return StorybookResponse.of(read.published(StorybooksWire.id(id)));
    }

    @GET
    @Path("/{storybook_id}/assets/{asset_id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A picture, background or voice-over a page of a published storybook shows; honours Range: bytes=")
    public Response asset(@PathParam("storybook_id") String id, @PathParam("asset_id") String assetId,
                          @HeaderParam("Range") String range) {
        return AssetStreams.of(assets.asset(StorybooksWire.id(id), StorybooksWire.assetId(assetId), RangeHeader.parse(range)), true);
    }
}
