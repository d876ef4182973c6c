package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.sessions.CreateSessionUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Creates a private session owned by the caller. */
public final class CreateSessionService implements CreateSessionUseCase {

    private final SessionRepository sessions;
    private final ClockPort clock;

    public CreateSessionService(SessionRepository sessions, ClockPort clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Session create(CreateSessionCommand command) {
        return sessions.save(Session.start(SessionId.random(), command.owner().userId(), command.name(),
                command.appKind(), command.agentType(), clock.now()));
    }
}
