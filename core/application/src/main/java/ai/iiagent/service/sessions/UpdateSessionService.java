package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.port.in.sessions.UpdateSessionCommand;
import ai.iiagent.port.in.sessions.UpdateSessionUseCase;
import ai.iiagent.port.in.sessions.SessionView;
import ai.iiagent.port.out.sessions.SessionProjectsPort;
import ai.iiagent.port.out.sessions.SessionPlanRepository;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.time.Instant;

/** Applies the owner's changes; the repository's optimistic lock refuses a lost update. */
public final class UpdateSessionService implements UpdateSessionUseCase {

    private final SessionRepository sessions;
    private final SessionAccess access;
    private final SessionViews views;
    private final ClockPort clock;

    public UpdateSessionService(SessionRepository sessions, SessionPlanRepository plans, ClockPort clock) {
        this(sessions, plans, SessionProjectsPort.NONE, clock);
    }

    public UpdateSessionService(SessionRepository sessions, SessionPlanRepository plans, SessionProjectsPort projects,
                                ClockPort clock) {
        this.sessions = sessions;
        this.access = new SessionAccess(sessions);
        this.views = new SessionViews(plans, projects);
        this.clock = clock;
    }

    @Override
    public SessionView update(UpdateSessionCommand command) {
        Session session = access.owned(command.owner(), command.sessionId());
        Instant now = clock.now();
        if (command.name() != null) {
            session = session.renamed(command.name(), now);
        }
        if (command.isPublic() != null) {
            session = session.published(command.isPublic(), now);
        }
        if (command.delete()) {
            session = session.deleted(now);
        }
        return views.of(sessions.save(session));
    }
}
