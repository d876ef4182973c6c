package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionSearch;
import ai.iiagent.port.in.sessions.ListSessionsUseCase;
import ai.iiagent.port.in.sessions.SessionViewPage;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Lists the owner's live sessions; the search itself carries the owner, so no one lists another's. */
public final class ListSessionsService implements ListSessionsUseCase {

    private final SessionRepository sessions;
    private final SessionViews views;

    public ListSessionsService(SessionRepository sessions, SessionPlanRepository plans) {
        this(sessions, plans, SessionProjectsPort.NONE);
    }

    public ListSessionsService(SessionRepository sessions, SessionPlanRepository plans, SessionProjectsPort projects) {
        this.sessions = sessions;
        this.views = new SessionViews(plans, projects);
    }

    @Override
    public SessionViewPage list(SessionSearch search) {
        return views.of(sessions.search(search));
    }
}
