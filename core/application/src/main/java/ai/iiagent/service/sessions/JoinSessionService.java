package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.in.sessions.JoinSessionCommand;
import ai.iiagent.port.in.sessions.JoinSessionUseCase;
import ai.iiagent.port.in.sessions.JoinedSession;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Owner joins as owner, anyone joins a public session as watcher, no id starts a new session. */
public final class JoinSessionService implements JoinSessionUseCase {

    private final SessionAccess access;
    private final CreateSessionUseCase create;

    public JoinSessionService(SessionRepository sessions, CreateSessionUseCase create) {
        this.access = new SessionAccess(sessions);
        this.create = create;
    }

    @Override
    public JoinedSession join(JoinSessionCommand command) {
        if (command.sessionId() == null) {
            Session created = create.create(new CreateSessionCommand(command.caller(), null, AppKind.AGENT, null));
            return new JoinedSession(created, true);
        }
        Session session = access.readable(command.caller(), command.sessionId());
        return new JoinedSession(session, session.isOwnedBy(command.caller().userId()));
    }
}
