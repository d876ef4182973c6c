package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.SessionPage;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.in.sessions.SessionViewPage;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import java.util.Map;

/** Joins sessions with their plans: one read for a session, one for a whole page. */
final class SessionViews {

    private final SessionPlanRepository plans;

    SessionViews(SessionPlanRepository plans) {
        this.plans = plans;
    }

    SessionView of(Session session) {
        return new SessionView(session, plans.find(session.id()).orElse(null));
    }

    SessionViewPage of(SessionPage page) {
        Map<SessionId, SessionPlan> found = page.sessions().isEmpty() ? Map.of()
                : plans.findAll(page.sessions().stream().map(Session::id).toList());
        return new SessionViewPage(page.sessions().stream()
                .map(session -> new SessionView(session, found.get(session.id()))).toList(),
                page.total(), page.page(), page.perPage());
    }
}
