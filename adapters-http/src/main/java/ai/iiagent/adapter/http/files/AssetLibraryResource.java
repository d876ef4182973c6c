package ai.iiagent.adapter.http.files;

import ai.iiagent.adapter.http.files.FilesWire.AssetResponse;
import ai.iiagent.adapter.http.files.FilesWire.MediaItem;
import ai.iiagent.adapter.http.files.FilesWire.MediaLibraryResponse;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.files.AssetPage;
import ai.iiagent.port.in.files.GetAvatarQuery;
import ai.iiagent.port.in.files.GetAvatarUseCase;
import ai.iiagent.port.in.files.ListMediaLibraryQuery;
import ai.iiagent.port.in.files.ListMediaLibraryUseCase;
import ai.iiagent.port.in.files.UploadAvatarCommand;
import ai.iiagent.port.in.files.UploadAvatarUseCase;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The caller's media library and avatar. */
@Path("/v1/assets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssetLibraryResource {

    private final CurrentIdentity caller;
    private final ListMediaLibraryUseCase library;
    private final UploadAvatarUseCase uploadAvatar;
    private final GetAvatarUseCase getAvatar;

    public AssetLibraryResource(CurrentIdentity caller, ListMediaLibraryUseCase library, UploadAvatarUseCase uploadAvatar,
                                GetAvatarUseCase getAvatar) {
        this.caller = caller;
        this.library = library;
        this.uploadAvatar = uploadAvatar;
        this.getAvatar = getAvatar;
    }

    @GET
    @Path("/media-library")
    @Operation(summary = "The caller's ready uploads, newest first (limit 1..100)")
    public MediaLibraryResponse mediaLibrary(@QueryParam("limit") @DefaultValue("20") int limit,
                                             @QueryParam("offset") @DefaultValue("0") int offset) {
        AssetPage page = library.list(new ListMediaLibraryQuery(caller.get(), limit, offset));
        return new MediaLibraryResponse(page.items().stream().map(MediaItem::of).toList(), page.total(), page.limit(),
                page.offset(), page.hasMore());
    }

    @POST
    @Path("/avatar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a small image (multipart field 'file') as the caller's avatar")
    public Response uploadAvatar(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw new ValidationException(ErrorCode.of("file_required"), "send the image as multipart field 'file'");
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return Response.status(201).entity(AssetResponse.of(uploadAvatar.upload(new UploadAvatarCommand(caller.get(),
                    file.fileName(), file.contentType(), file.size(), content)))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/avatar")
    @Operation(summary = "The caller's current avatar with a signed URL (404 avatar not found when none)")
    public AssetResponse avatar() {
        return AssetResponse.of(getAvatar.get(new GetAvatarQuery(caller.get())));
    }
}
