package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Stores the agent type a query or plan chose for its session, so the session's views show it and
 * later runs (continue, answers) use the same prompt and tools.
 *
 * @throws SessionNotFoundException for someone else's, deleted or unknown sessions
 */
public interface RecordAgentTypeUseCase {

    /** @return the session as stored afterwards (unchanged when it already had that type) */
    Session record(RecordAgentTypeCommand command);
}
