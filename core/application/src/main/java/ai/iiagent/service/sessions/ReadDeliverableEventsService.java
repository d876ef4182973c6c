package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.in.sessions.EventLogSlice;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsQuery;
import ai.iiagent.port.in.sessions.ReadDeliverableEventsUseCase;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import java.util.List;

/** Slices of the log for socket delivery; the latest seq is read first so it never runs ahead of the slice's view. */
public final class ReadDeliverableEventsService implements ReadDeliverableEventsUseCase {

    private final SessionEventRepository log;

    public ReadDeliverableEventsService(SessionEventRepository log) {
        this.log = log;
    }

    @Override
    public EventLogSlice read(ReadDeliverableEventsQuery query) {
        long latest = log.latestSeq(query.sessionId());
        if (query.limit() == 0 || latest <= query.afterSeq()) {
            return new EventLogSlice(List.of(), latest);
        }
        List<SessionEvent> events = log.findAfter(query.sessionId(), query.afterSeq(), query.limit(), false);
        long last = events.isEmpty() ? latest : Math.max(latest, events.get(events.size() - 1).seq());
        return new EventLogSlice(events, last);
    }
}
