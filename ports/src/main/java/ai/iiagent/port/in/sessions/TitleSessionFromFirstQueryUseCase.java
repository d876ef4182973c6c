package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Names a still-unnamed session after its first query (the runtime calls this when the first
 * query arrives). A session that already has a name, or whose owner renamed it, is left as it is;
 * so is one for which no title can be suggested (an empty query).
 *
 * @throws SessionNotFoundException for someone else's, deleted or unknown sessions
 */
public interface TitleSessionFromFirstQueryUseCase {

    /** @return the session as it is afterwards, titled or not */
    Session title(TitleSessionCommand command);
}
