package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.in.sessions.SessionViewPage;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Joins sessions with their plans and projects: one read each for a session, one each for a whole page. */
final class SessionViews {

    private final SessionPlanRepository plans;
    private final SessionProjectsPort projects;

    SessionViews(SessionPlanRepository plans, SessionProjectsPort projects) {
        this.plans = plans;
        this.projects = projects;
    }

    SessionView of(Session session) {
        return new SessionView(session, plans.find(session.id()).orElse(null),
                projects.projectsOf(List.of(session.id())).get(session.id()));
    }

    SessionViewPage of(SessionPage page) {
        List<SessionId> ids = page.sessions().stream().map(Session::id).toList();
        Map<SessionId, SessionPlan> found = ids.isEmpty() ? Map.of() : plans.findAll(ids);
        Map<SessionId, UUID> withProject = ids.isEmpty() ? Map.of() : projects.projectsOf(ids);
        return new SessionViewPage(page.sessions().stream()
                .map(session -> new SessionView(session, found.get(session.id()), withProject.get(session.id()))).toList(),
                page.total(), page.page(), page.perPage());
    }
}
