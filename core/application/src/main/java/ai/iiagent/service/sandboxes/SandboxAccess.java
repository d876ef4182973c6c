package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Only a live session's owner reaches its sandbox; anyone else gets "not found", as for the session itself. */
final class SandboxAccess {

    private final SessionRepository sessions;

    SandboxAccess(SessionRepository sessions) {
        this.sessions = sessions;
    }

    void requireOwner(Identity caller, SessionId sessionId) {
        sessions.findById(sessionId).filter(s -> !s.isDeleted() && s.isOwnedBy(caller.userId()))
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
    }
}
