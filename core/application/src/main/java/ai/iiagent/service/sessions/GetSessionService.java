package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Owner or, for public sessions, anyone. */
public final class GetSessionService implements GetSessionUseCase {

    private final SessionAccess access;

    public GetSessionService(SessionRepository sessions) {
        this.access = new SessionAccess(sessions);
    }

    @Override
    public Session get(SessionQuery query) {
        return access.readable(query.caller(), query.sessionId());
    }
}
