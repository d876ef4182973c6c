package ai.iiagent.adapter.http.integrations;

import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesCommand;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /v1/connectors/google-drive/files {"file_ids": [...], "session_id"?}}: the picked Drive
 * files become the caller's assets (the same answer as an upload's {@code complete}).
 */
@Path("/v1/connectors/google-drive/files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoogleDriveFilesResource {

    public record ImportRequest(List<String> fileIds, UUID sessionId) {
    }

    public record ImportedFile(UUID id, String name, long size, String contentType, String status, String url,
                               String fileUrl, Instant urlExpiresAt, Instant createdAt) {
        static ImportedFile of(StoredAsset stored) {
            Asset asset = stored.asset();
            String url = stored.downloadUrl().url().toString();
            return new ImportedFile(asset.id().value(), asset.fileName().value(), asset.size(), asset.contentType().value(),
                    asset.status().code(), url, url, stored.downloadUrl().expiresAt(), asset.createdAt());
        }
    }

    public record ImportResponse(List<ImportedFile> files) {
    }

    private final CurrentIdentity caller;
    private final ImportGoogleDriveFilesUseCase importer;

    public GoogleDriveFilesResource(CurrentIdentity caller, ImportGoogleDriveFilesUseCase importer) {
        this.caller = caller;
        this.importer = importer;
    }

    @POST
    @Operation(summary = "Import picked Google Drive files into the caller's assets (upload limits apply; Docs are exported)")
    public Response importFiles(ImportRequest body) {
        ImportRequest request = body == null ? new ImportRequest(List.of(), null) : body;
        List<ImportedFile> files = importer.importFiles(new ImportGoogleDriveFilesCommand(caller.get(), request.fileIds(),
                request.sessionId() == null ? null : new SessionId(request.sessionId()))).stream().map(ImportedFile::of).toList();
        return Response.status(201).entity(new ImportResponse(files)).build();
    }
}
