package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Registers a pending asset for the caller and returns a signed URL to {@code PUT} its bytes to.
 *
 * @throws FileTooLargeException           above the configured upload limit
 * @throws ContentTypeNotAllowedException  type not on the allow-list
 * @throws SessionNotFoundException        a session was named that the caller does not own
 */
public interface StartUploadUseCase {

    PendingUpload start(StartUploadCommand command);
}
