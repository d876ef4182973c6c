package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.in.sessions.ListSessionEventsQuery;
import ai.iiagent.port.in.sessions.ListSessionEventsUseCase;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.List;

/** Replays a readable session's log after a seq, without internal events. */
public final class ListSessionEventsService implements ListSessionEventsUseCase {

    private final SessionAccess access;
    private final SessionEventRepository events;

    public ListSessionEventsService(SessionRepository sessions, SessionEventRepository events) {
        this.access = new SessionAccess(sessions);
        this.events = events;
    }

    @Override
    public List<SessionEvent> list(ListSessionEventsQuery query) {
        access.readable(query.session().caller(), query.session().sessionId());
        return events.findAfter(query.session().sessionId(), query.afterSeq(), query.limit(), false);
    }
}
