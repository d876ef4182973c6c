package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionSearch;

/** The caller's live sessions with their plans, newest first, searchable by name, paginated (at most 100 a page). */
public interface ListSessionsUseCase {

    SessionViewPage list(SessionSearch search);
}
