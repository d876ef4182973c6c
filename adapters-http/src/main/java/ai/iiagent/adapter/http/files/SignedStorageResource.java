package ai.iiagent.adapter.http.files;

import ai.iiagent.port.in.files.ReadSignedObjectQuery;
import ai.iiagent.port.in.files.ReadSignedObjectUseCase;
import ai.iiagent.port.in.files.ReceiveSignedUploadCommand;
import ai.iiagent.port.in.files.ReceiveSignedUploadUseCase;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the local store's signed URLs point. No bearer token: the signature (HMAC over method,
 * key and expiry) is the credential. With S3 storage every request here is refused (invalid_signature).
 */
@Path("/v1/storage/local/{key: .+}")
public class SignedStorageResource {

    private final ReceiveSignedUploadUseCase receive;
    private final ReadSignedObjectUseCase read;

    public SignedStorageResource(ReceiveSignedUploadUseCase receive, ReadSignedObjectUseCase read) {
        this.receive = receive;
        this.read = read;
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload the bytes of a pending asset to its signed URL")
    public Response put(@PathParam("key") String key, @QueryParam("expires") long expires,
                        @QueryParam("signature") String signature, InputStream body) {
        receive.receive(new ReceiveSignedUploadCommand(key, expires, signature,
                body == null ? InputStream.nullInputStream() : body));
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download through a signed URL; honours Range: bytes=")
    public Response get(@PathParam("key") String key, @QueryParam("expires") long expires,
                        @QueryParam("signature") String signature, @HeaderParam("Range") String range) {
        return AssetStreams.of(read.read(new ReadSignedObjectQuery(key, expires, signature, RangeHeader.parse(range))), false);
    }
}
