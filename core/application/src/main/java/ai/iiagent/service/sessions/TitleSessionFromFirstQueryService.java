package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.sessions.TitleSessionCommand;
import ai.iiagent.port.in.sessions.TitleSessionFromFirstQueryUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.sessions.SessionTitlePort;

/**
 * Asks the title port only when the session still awaits a title (a model call costs time and
 * money). A rename racing with the titling wins: the optimistic lock refuses the stale save, and
 * the reloaded session no longer awaits a title.
 */
public final class TitleSessionFromFirstQueryService implements TitleSessionFromFirstQueryUseCase {

    private final SessionAccess access;
    private final SessionRepository sessions;
    private final SessionTitlePort titles;
    private final ClockPort clock;

    public TitleSessionFromFirstQueryService(SessionRepository sessions, SessionTitlePort titles, ClockPort clock) {
        this.access = new SessionAccess(sessions);
        this.sessions = sessions;
        this.titles = titles;
        this.clock = clock;
    }

    @Override
    public Session title(TitleSessionCommand command) {
        Session session = access.owned(command.owner(), command.sessionId());
        if (!session.awaitsTitle()) {
            return session;
        }
        String title = titles.suggest(session.snapshot().appKind(), command.firstQuery());
        Session titled = session.titled(title, clock.now());
        if (titled == session) {
            return session;
        }
        try {
            return sessions.save(titled);
        } catch (ConflictException changedMeanwhile) {
            Session current = access.owned(command.owner(), command.sessionId());
            return current.awaitsTitle() ? sessions.save(current.titled(title, clock.now())) : current;
        }
    }
}
