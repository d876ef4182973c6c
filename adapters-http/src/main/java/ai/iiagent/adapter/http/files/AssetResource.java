package ai.iiagent.adapter.http.files;

import ai.iiagent.adapter.http.files.FilesWire.AssetResponse;
import ai.iiagent.adapter.http.files.FilesWire.CompleteRequest;
import ai.iiagent.adapter.http.files.FilesWire.DownloadUrlsRequest;
import ai.iiagent.adapter.http.files.FilesWire.DownloadUrlsResponse;
import ai.iiagent.adapter.http.files.FilesWire.UploadRequest;
import ai.iiagent.adapter.http.files.FilesWire.UploadResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.files.CompleteUploadCommand;
import ai.iiagent.port.in.files.CompleteUploadUseCase;
import ai.iiagent.port.in.files.CreateDownloadUrlsQuery;
import ai.iiagent.port.in.files.CreateDownloadUrlsUseCase;
import ai.iiagent.port.in.files.DownloadAssetQuery;
import ai.iiagent.port.in.files.DownloadAssetUseCase;
import ai.iiagent.port.in.files.DownloadUrls;
import ai.iiagent.port.in.files.PendingUpload;
import ai.iiagent.port.in.files.StartUploadCommand;
import ai.iiagent.port.in.files.StartUploadUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Upload (signed URL, then complete), download and batch signed URLs of the caller's assets. */
@Path("/v1/assets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    private final CurrentIdentity caller;
    private final StartUploadUseCase start;
    private final CompleteUploadUseCase complete;
    private final DownloadAssetUseCase download;
    private final CreateDownloadUrlsUseCase urls;

    public AssetResource(CurrentIdentity caller, StartUploadUseCase start, CompleteUploadUseCase complete,
                         DownloadAssetUseCase download, CreateDownloadUrlsUseCase urls) {
        this.caller = caller;
        this.start = start;
        this.complete = complete;
        this.download = download;
        this.urls = urls;
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a pending upload; PUT the bytes to upload_url, then call complete")
    public Response upload(UploadRequest body) {
        if (body == null || body.fileName() == null || body.contentType() == null || body.declaredSize() < 0) {
            throw new ValidationException(ErrorCode.of("invalid_upload_request"),
                    "send {\"file_name\", \"content_type\", \"size\"}");
        }
        PendingUpload pending = start.start(new StartUploadCommand(caller.get(), body.fileName(), body.contentType(),
                body.declaredSize(), body.sessionId() == null ? null : new SessionId(body.sessionId())));
        var url = pending.uploadUrl();
        return Response.status(201).entity(new UploadResponse(pending.asset().id().value(), pending.asset().status().code(),
                url.url().toString(), url.method(), Map.of("Content-Type", pending.asset().contentType().value()),
                url.expiresAt())).build();
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Verify the uploaded object, mark the asset ready, link it to the session")
    public AssetResponse complete(@PathParam("id") String id, CompleteRequest body) {
        SessionId session = body == null || body.sessionId() == null ? null : new SessionId(body.sessionId());
        return AssetResponse.of(complete.complete(new CompleteUploadCommand(caller.get(), AssetIds.parse(id), session)));
    }

    @GET
    @Path("/{id}/download")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Stream one of the caller's assets; honours Range: bytes=")
    public Response download(@PathParam("id") String id, @HeaderParam("Range") String range) {
        return AssetStreams.of(download.download(new DownloadAssetQuery(caller.get(), AssetIds.parse(id),
                RangeHeader.parse(range))), false);
    }

    @POST
    @Path("/download-urls")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signed download URLs for up to 100 of the caller's ready assets")
    public DownloadUrlsResponse downloadUrls(DownloadUrlsRequest body) {
        List<AssetId> ids = body == null || body.assetIds() == null ? List.of()
                : body.assetIds().stream().map(AssetId::new).toList();
        DownloadUrls result = urls.create(new CreateDownloadUrlsQuery(caller.get(), ids));
        Map<UUID, String> signed = new LinkedHashMap<>();
        result.found().forEach(found -> signed.put(found.asset().id().value(), found.downloadUrl().url().toString()));
        return new DownloadUrlsResponse(signed, result.missing().stream().map(AssetId::value).toList());
    }
}
