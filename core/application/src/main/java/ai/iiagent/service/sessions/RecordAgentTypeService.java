package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.sessions.RecordAgentTypeCommand;
import ai.iiagent.port.in.sessions.RecordAgentTypeUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Saves only a change; a concurrent edit (a rename) is reloaded and the type applied once more. */
public final class RecordAgentTypeService implements RecordAgentTypeUseCase {

    private final SessionAccess access;
    private final SessionRepository sessions;
    private final ClockPort clock;

    public RecordAgentTypeService(SessionRepository sessions, ClockPort clock) {
        this.access = new SessionAccess(sessions);
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Session record(RecordAgentTypeCommand command) {
        Session session = access.owned(command.owner(), command.sessionId());
        if (session.snapshot().agentType().equals(command.agentType())) {
            return session;
        }
        try {
            return sessions.save(session.withAgentType(command.agentType(), clock.now()));
        } catch (ConflictException changedMeanwhile) {
            Session current = access.owned(command.owner(), command.sessionId());
            return sessions.save(current.withAgentType(command.agentType(), clock.now()));
        }
    }
}
