package ai.iiagent.adapter.http.sessions;

import ai.iiagent.adapter.http.sessions.SessionWire.EventEnvelope;
import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.ListSessionEventsQuery;
import ai.iiagent.port.in.sessions.ListSessionEventsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The replay response shared by the private and the public events endpoints. */
@ApplicationScoped
public class SessionEvents {

    private final ListSessionEventsUseCase listEvents;
    private final SessionHttpMapper mapper;

    public SessionEvents(ListSessionEventsUseCase listEvents, SessionHttpMapper mapper) {
        this.listEvents = listEvents;
        this.mapper = mapper;
    }

    EventListResponse list(Identity callerOrNull, SessionId id, long afterSeq, int limit) {
        List<EventEnvelope> events = listEvents.list(new ListSessionEventsQuery(new SessionQuery(callerOrNull, id),
                afterSeq, limit)).stream().map(mapper::toEnvelope).toList();
        long lastSeq = events.isEmpty() ? afterSeq : events.get(events.size() - 1).seq();
        // run_status arrives with runs (tasks feature); null means no run information yet.
        return new EventListResponse(events, null, lastSeq);
    }
}
