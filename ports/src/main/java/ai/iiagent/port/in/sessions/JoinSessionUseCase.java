package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Lets a live connection follow a session: its owner, or anyone signed in when the session is
 * public (as a watcher who may not send commands). Without a session id a new private session is
 * created for the caller, as the original's {@code join_session} does.
 *
 * @throws SessionNotFoundException for unknown, deleted or someone else's private sessions
 */
public interface JoinSessionUseCase {

    JoinedSession join(JoinSessionCommand command);
}
