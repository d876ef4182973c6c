package ai.iiagent.port.in.files;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;

/**
 * Stores files that arrive through the server (connector imports) as the caller's uploads, under the
 * same limits as uploads: {@code file_too_large}, {@code content_type_not_allowed}; a session must be
 * the caller's.
 */
public interface StoreFileUseCase {

    /** Checks a file before its bytes are fetched ({@code size < 0}: unknown yet, only the type is checked). */
    void check(Identity owner, String contentType, long size, SessionId sessionId);

    /** Stores the bytes as a ready asset (linked to the session when given). */
    StoredAsset store(StoreFileCommand command);
}
