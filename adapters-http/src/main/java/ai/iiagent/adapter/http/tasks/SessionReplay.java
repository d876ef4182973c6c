package ai.iiagent.adapter.http.tasks;

import ai.iiagent.adapter.http.sessions.SessionHttpMapper;
import ai.iiagent.adapter.http.sessions.SessionWire.EventEnvelope;
import ai.iiagent.adapter.http.sessions.SessionWire.EventListResponse;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.ListSessionEventsQuery;
import ai.iiagent.port.in.sessions.ListSessionEventsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.tasks.GetLatestRunQuery;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The replay response shared by the private and public events endpoints: stored events after a
 * seq plus the status of the session's latest run (lives with tasks, which may read sessions).
 */
@ApplicationScoped
public class SessionReplay {

    private final ListSessionEventsUseCase listEvents;
    private final GetLatestRunUseCase latestRun;
    private final SessionHttpMapper mapper;

    public SessionReplay(ListSessionEventsUseCase listEvents, GetLatestRunUseCase latestRun, SessionHttpMapper mapper) {
        this.listEvents = listEvents;
        this.latestRun = latestRun;
        this.mapper = mapper;
    }

    EventListResponse replay(Identity callerOrNull, SessionId id, long afterSeq, int limit) {
        SessionQuery session = new SessionQuery(callerOrNull, id);
        // The status first: a run's end commits with the events announcing it, so a final status read
        // here guarantees those events are in the page read next (the other order can pair a final
        // status with a page that ends before them).
        String runStatus = latestRun.latest(new GetLatestRunQuery(session)).map(run -> run.status().code()).orElse(null);
        List<EventEnvelope> events = listEvents.list(new ListSessionEventsQuery(session, afterSeq, limit)).stream()
                .map(mapper::toEnvelope).toList();
        long lastSeq = events.isEmpty() ? afterSeq : events.get(events.size() - 1).seq();
        return new EventListResponse(events, runStatus, lastSeq);
    }
}
