package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.InvalidForkException;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Creates a child session that continues one of the owner's sessions ({@code research_to_website}
 * from a research session, or {@code continue} from any agent session). The child records its
 * origin in {@code fork_info}, and its event log starts with {@code session.forked}; the child and
 * that event are stored together or not at all.
 *
 * @throws SessionNotFoundException for someone else's, deleted or unknown parents
 * @throws InvalidForkException when the parent cannot be forked that way
 */
public interface ForkSessionUseCase {

    /** @return the new child session */
    Session fork(ForkSessionCommand command);
}
