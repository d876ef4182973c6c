package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.UploadIncompleteException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Marks the caller's pending asset ready once storage holds its object with the declared size, and
 * links it to the session named now or at upload time. Completing a ready asset again is harmless.
 *
 * @throws AssetNotFoundException     unknown or someone else's asset
 * @throws UploadIncompleteException  object missing or of another size
 * @throws SessionNotFoundException   the session is not the caller's
 */
public interface CompleteUploadUseCase {

    StoredAsset complete(CompleteUploadCommand command);
}
