package ai.iiagent.service.sessions;

import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.sessions.SessionRepository;

/** Owner or, for public sessions, anyone; the plan comes along. */
public final class GetSessionService implements GetSessionUseCase {

    private final SessionAccess access;
    private final SessionViews views;

    public GetSessionService(SessionRepository sessions, SessionPlanRepository plans) {
        this(sessions, plans, SessionProjectsPort.NONE);
    }

    public GetSessionService(SessionRepository sessions, SessionPlanRepository plans, SessionProjectsPort projects) {
        this.access = new SessionAccess(sessions);
        this.views = new SessionViews(plans, projects);
    }

    @Override
    public SessionView get(SessionQuery query) {
        return views.of(access.readable(query.caller(), query.sessionId()));
    }
}
