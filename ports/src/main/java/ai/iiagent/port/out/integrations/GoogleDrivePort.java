package ai.iiagent.port.out.integrations;

import ai.iiagent.domain.integrations.GoogleDriveFile;
import ai.iiagent.domain.integrations.GoogleDriveFileId;
import java.io.InputStream;

/**
 * Google Drive's files API for a connected account, on its access token. A file the account cannot
 * see (unknown, deleted, or never picked under the {@code drive.file} scope) is
 * {@code NotFoundException} {@code drive_file_not_found}; a token Google refuses (401) is
 * {@code ConflictException} {@code connector_authorization_expired}; anything else
 * {@code UpstreamFailureException} {@code connector_upstream_failed}.
 */
public interface GoogleDrivePort {

    /**
     * What importing the file would store: a binary file as it is, a Google Workspace file (Docs,
     * Sheets, Slides, ...) as its export, whose size is unknown until it is made.
     */
    GoogleDriveFile describe(String accessToken, GoogleDriveFileId id);

    /**
     * The content of a described file (download or export); the caller closes it. It yields the
     * file's bytes as Drive sends them: callers bound how many they read.
     */
    InputStream open(String accessToken, GoogleDriveFile file);
}
