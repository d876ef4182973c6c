package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;

/** The caller's live sessions, newest first, searchable by name, paginated (at most 100 a page). */
public interface ListSessionsUseCase {

    SessionPage list(SessionSearch search);
}
