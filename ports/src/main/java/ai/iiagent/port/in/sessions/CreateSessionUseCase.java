package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;

/** Starts a new, private session for the caller. */
public interface CreateSessionUseCase {

    Session create(CreateSessionCommand command);
}
