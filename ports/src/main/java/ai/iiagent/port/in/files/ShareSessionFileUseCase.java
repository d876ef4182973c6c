package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Stores a file the agent made for the user in one step (the bytes are already here, so no signed
 * upload) and links it to the session, where it appears among the session's files. It is the
 * caller's upload like any other (same limits, same ownership).
 *
 * @throws SessionNotFoundException       when the session is not the caller's
 * @throws FileTooLargeException          above the upload limit
 * @throws ContentTypeNotAllowedException when the type is not on the allow-list
 */
public interface ShareSessionFileUseCase {

    StoredAsset share(ShareSessionFileCommand command);
}
