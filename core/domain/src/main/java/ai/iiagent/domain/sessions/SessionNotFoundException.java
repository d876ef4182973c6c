package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No such session for this caller (another user's session gets the same answer). */
public final class SessionNotFoundException extends NotFoundException {

    public SessionNotFoundException(SessionId id) {
        super(ErrorCode.of("session_not_found"), "session " + id + " not found");
    }
}
