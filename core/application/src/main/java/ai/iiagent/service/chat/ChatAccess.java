package ai.iiagent.service.chat;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;

/** The caller's own chat session, else "not found" (someone else's, public or not, and agent sessions alike). */
final class ChatAccess {

    private final GetSessionUseCase sessions;

    ChatAccess(GetSessionUseCase sessions) {
        this.sessions = sessions;
    }

    Session owned(Identity caller, SessionId id) {
        Session session = sessions.get(new SessionQuery(caller, id)).session();
        if (!session.isOwnedBy(caller.userId()) || session.snapshot().appKind() != AppKind.CHAT) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    /** A published chat session, for anyone; private, deleted and agent sessions are "not found". */
    Session published(SessionId id) {
        Session session = sessions.get(new SessionQuery(null, id)).session();
        if (!session.snapshot().isPublic() || session.snapshot().appKind() != AppKind.CHAT) {
            throw new SessionNotFoundException(id);
        }
        return session;
    }
}
