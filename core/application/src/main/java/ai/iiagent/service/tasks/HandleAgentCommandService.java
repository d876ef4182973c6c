package ai.iiagent.service.tasks;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.tasks.AgentCommand;
import ai.iiagent.port.in.tasks.HandleAgentCommandUseCase;

/**
 * Stands in for the agent runtime until it is built: checks ownership like the real handler will,
 * then refuses clearly instead of pretending to run anything.
 */
public final class HandleAgentCommandService implements HandleAgentCommandUseCase {

    public static final ErrorCode UNAVAILABLE = ErrorCode.of("agent_runtime_unavailable");

    private final GetSessionUseCase sessions;

    public HandleAgentCommandService(GetSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handle(AgentCommand command) {
        Session session = sessions.get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId());
        }
        throw new ServiceUnavailableException(UNAVAILABLE,
                "'" + command.kind().wireName() + "' needs the agent runtime, which this server does not have yet");
    }
}
