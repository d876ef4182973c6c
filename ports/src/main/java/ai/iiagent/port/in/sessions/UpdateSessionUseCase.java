package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;

/** Owner changes to a session: rename, publish or unpublish, soft delete. */
public interface UpdateSessionUseCase {

    Session update(UpdateSessionCommand command);
}
