package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;

/**
 * Starts or steers an agent run from a socket command; progress arrives as session events.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 * @throws ServiceUnavailableException {@code command_unavailable} for commands whose runs are not built yet
 */
public interface HandleAgentCommandUseCase {

    void handle(AgentCommand command);
}
