package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.ContentTypeNotAllowedException;
import ai.iiagent.domain.files.FileTooLargeException;

/**
 * Stores a small image as the caller's avatar in one step (no signed URL) under
 * {@code users/{uid}/avatar/...}; the newest avatar wins.
 *
 * @throws FileTooLargeException          above the avatar limit
 * @throws ContentTypeNotAllowedException not an allowed image type
 */
public interface UploadAvatarUseCase {

    StoredAsset upload(UploadAvatarCommand command);
}
