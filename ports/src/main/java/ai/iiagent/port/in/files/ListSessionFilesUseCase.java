package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import java.util.List;

/**
 * The ready assets linked to one of the caller's sessions, with signed URLs.
 *
 * @throws SessionNotFoundException when the session is not the caller's (public ones included)
 */
public interface ListSessionFilesUseCase {

    List<StoredAsset> list(ListSessionFilesQuery query);
}
