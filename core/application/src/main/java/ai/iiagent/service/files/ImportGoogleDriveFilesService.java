package ai.iiagent.service.files;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.files.AssetId;
import ai.iiagent.domain.files.AssetPurpose;
import ai.iiagent.domain.files.ContentType;
import ai.iiagent.domain.files.FileName;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.files.UploadPolicy;
import ai.iiagent.domain.integrations.ConnectorErrors;
import ai.iiagent.domain.integrations.ConnectorProvider;
import ai.iiagent.domain.integrations.GoogleDriveFile;
import ai.iiagent.domain.integrations.GoogleDriveFileId;
import ai.iiagent.port.in.files.StoredAsset;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesCommand;
import ai.iiagent.port.in.integrations.ImportGoogleDriveFilesUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.files.AssetRepository;
import ai.iiagent.port.out.integrations.GoogleDrivePort;
import ai.iiagent.port.out.storage.StoragePort;
import ai.iiagent.service.integrations.ConnectorTokenAccess;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Drive files into the caller's assets: all of them described and checked against the upload policy
 * first, then each streamed into storage. A binary file's size is known beforehand and the stream must
 * match it; an export's is not, so at most {@link #EXPORT_LIMIT} (Google's own cap on exports) or the
 * upload limit, whichever is lower, is read into memory before it is stored.
 */
public final class ImportGoogleDriveFilesService implements ImportGoogleDriveFilesUseCase {

    /** Files one request may import. */
    public static final int MAX_FILES = 20;
    /** Google Drive exports at most 10 MiB of a Workspace file. */
    static final long EXPORT_LIMIT = 10L * 1024 * 1024;

    private final FileAccess access;
    private final ConnectorTokenAccess tokens;
    private final GoogleDrivePort drive;

    public ImportGoogleDriveFilesService(AssetRepository assets, StoragePort storage, GetSessionUseCase sessions,
                                         ClockPort clock, UploadPolicy policy, ConnectorTokenAccess tokens,
                                         GoogleDrivePort drive) {
        this.access = new FileAccess(assets, storage, sessions, clock, policy);
        this.tokens = tokens;
        this.drive = drive;
    }

    @Override
    public List<StoredAsset> importFiles(ImportGoogleDriveFilesCommand command) {
        if (command.fileIds().isEmpty() || command.fileIds().size() > MAX_FILES) {
            throw ConnectorErrors.invalid("pick 1 to " + MAX_FILES + " Drive files");
        }
        List<GoogleDriveFileId> ids = command.fileIds().stream().distinct().map(GoogleDriveFileId::new).toList();
        if (command.sessionId() != null) {
            access.requireOwnedSession(command.caller(), command.sessionId());
        }
        String token = tokens.accessToken(command.caller().userId(), ConnectorProvider.GOOGLE_DRIVE);
        List<GoogleDriveFile> files = ids.stream().map(id -> drive.describe(token, id)).toList();
        files.forEach(file -> access.policy.check(AssetPurpose.UPLOAD, ContentType.parse(file.contentType()),
                file.sizeKnown() ? file.size() : 0));
        List<StoredAsset> stored = new ArrayList<>();
        for (GoogleDriveFile file : files) {
            Asset asset = store(command, token, file);
            if (command.sessionId() != null) {
                access.assets.link(command.sessionId(), asset.id());
            }
            stored.add(access.withUrl(asset));
        }
        return stored;
    }

    private Asset store(ImportGoogleDriveFilesCommand command, String token, GoogleDriveFile file) {
        ContentType type = ContentType.parse(file.contentType());
        try (InputStream content = drive.open(token, file)) {
            long size;
            InputStream body;
            if (file.sizeKnown()) {
                size = file.size();
                body = new ExactLengthInputStream(content, size);
            } else {
                byte[] bytes = readBounded(content, Math.min(EXPORT_LIMIT, access.policy.limitFor(AssetPurpose.UPLOAD)));
                size = bytes.length;
                body = new ByteArrayInputStream(bytes);
            }
            var now = access.clock.now();
            Asset pending = Asset.pending(AssetId.random(), command.caller().userId(), FileName.sanitise(file.name()), type,
                    size, AssetPurpose.UPLOAD, command.sessionId(), now);
            access.storage.put(pending.key(), body, size, type);
            return access.assets.save(pending.completed(size, now));
        } catch (IOException e) {
            throw ConnectorErrors.upstream("Google Drive file " + file.id() + " could not be read");
        }
    }

    private static byte[] readBounded(InputStream content, long limit) throws IOException {
        byte[] bytes = content.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw new FileTooLargeException(bytes.length, limit);
        }
        return bytes;
    }
}
