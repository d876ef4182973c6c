package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * One session, with its plan, for its owner; or, when the query has no owner, only if it is public.
 *
 * @throws SessionNotFoundException for deleted, unknown or someone else's private sessions
 */
public interface GetSessionUseCase {

    SessionView get(SessionQuery query);
}
