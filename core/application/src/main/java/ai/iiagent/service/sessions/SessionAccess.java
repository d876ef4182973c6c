package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.sessions.SessionRepository;

/** The one place that decides who may read or change a session; everyone else gets "not found". */
final class SessionAccess {

    private final SessionRepository sessions;

    SessionAccess(SessionRepository sessions) {
        this.sessions = sessions;
    }

    Session readable(Identity caller, SessionId id) {
        return sessions.findById(id)
                .filter(session -> session.isReadableBy(caller == null ? null : caller.userId()))
                .orElseThrow(() -> new SessionNotFoundException(id));
    }

    /** {@link #owned} for callers that need only the check, not the session. */
    void requireOwned(Identity owner, SessionId id) {
        if (!sessions.isLiveAndOwnedBy(id, owner.userId())) {
            throw new SessionNotFoundException(id);
        }
    }

    Session owned(Identity owner, SessionId id) {
        return sessions.findById(id)
                .filter(session -> !session.isDeleted() && session.isOwnedBy(owner.userId()))
                .orElseThrow(() -> new SessionNotFoundException(id));
    }
}
