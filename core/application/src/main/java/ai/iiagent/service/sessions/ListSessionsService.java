package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.port.in.sessions.ListSessionsUseCase;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Lists the owner's live sessions; the search itself carries the owner, so no one lists another's. */
public final class ListSessionsService implements ListSessionsUseCase {

    private final SessionRepository sessions;

    public ListSessionsService(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public SessionPage list(SessionSearch search) {
        return sessions.search(search);
    }
}
