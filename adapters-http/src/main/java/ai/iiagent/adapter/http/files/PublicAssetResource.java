package ai.iiagent.adapter.http.files;

import ai.iiagent.adapter.http.sessions.SessionIds;
import ai.iiagent.port.in.files.ReadPublicAssetQuery;
import ai.iiagent.port.in.files.ReadPublicAssetUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** No authentication: a file of a published session, 404 for anything else. */
@Path("/v1/public/sessions/{id}/assets/{assetId}")
public class PublicAssetResource {

    private final ReadPublicAssetUseCase read;

    public PublicAssetResource(ReadPublicAssetUseCase read) {
        this.read = read;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Stream an asset of a public session; honours Range: bytes=")
    public Response get(@PathParam("id") String id, @PathParam("assetId") String assetId,
                        @HeaderParam("Range") String range) {
        return AssetStreams.of(read.read(new ReadPublicAssetQuery(SessionIds.parse(id), AssetIds.parse(assetId),
                RangeHeader.parse(range))), true);
    }
}
