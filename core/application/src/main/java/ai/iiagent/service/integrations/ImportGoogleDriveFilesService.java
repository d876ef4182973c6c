package ai.iiagent.service.integrations;

import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GoogleDriveFile;
import ai.iiagent.domain.integrations.GoogleDriveFileId;
import ai.iiagent.port.in.files.StoreFileCommand;
import ai.iiagent.port.in.files.StoreFileUseCase;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesCommand;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesUseCase;
import ai.iiagent.port.out.integrations.GoogleDrivePort;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Drive files into the caller's assets through the files feature's {@link StoreFileUseCase}: all of
 * them described by Drive and checked against the upload limits first, then each fetched and stored. A
 * Workspace export has no size beforehand; at most {@link #EXPORT_LIMIT} (Google's own cap on exports)
 * of it is accepted.
 */
public final class ImportGoogleDriveFilesService implements ImportGoogleDriveFilesUseCase {

    /** Files one request may import. */
    public static final int MAX_FILES = 20;
    /** Google Drive exports at most 10 MiB of a Workspace file. */
    static final long EXPORT_LIMIT = 10L * 1024 * 1024;

    private final ConnectorTokenAccess tokens;
    private final GoogleDrivePort drive;
    private final StoreFileUseCase files;

    public ImportGoogleDriveFilesService(ConnectorTokenAccess tokens, GoogleDrivePort drive, StoreFileUseCase files) {
        this.tokens = tokens;
        this.drive = drive;
        this.files = files;
    }

    @Override
    public List<StoredAsset> importFiles(ImportGoogleDriveFilesCommand command) {
        if (command.fileIds().isEmpty() || command.fileIds().size() > MAX_FILES) {
            throw ConnectorErrors.invalid("pick 1 to " + MAX_FILES + " Drive files");
        }
        List<GoogleDriveFileId> ids = command.fileIds().stream().distinct().map(GoogleDriveFileId::new).toList();
        String token = tokens.accessToken(command.caller().userId(), ConnectorProvider.GOOGLE_DRIVE);
        List<GoogleDriveFile> described = ids.stream().map(id -> drive.describe(token, id)).toList();
        described.forEach(file -> files.check(command.caller(), file.contentType(), file.size(), command.sessionId()));
        List<StoredAsset> stored = new ArrayList<>();
        for (GoogleDriveFile file : described) {
            try (InputStream content = drive.open(token, file)) {
                stored.add(files.store(new StoreFileCommand(command.caller(), file.name(), file.contentType(), file.size(),
                        EXPORT_LIMIT, content, command.sessionId())));
            } catch (IOException e) {
                throw ConnectorErrors.upstream("Google Drive file " + file.id() + " could not be read");
            }
        }
        return stored;
    }
}
