package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link SessionEventRepository}; appends to one session are serialised. */
public class InMemorySessionEventRepository implements SessionEventRepository {

    private final Map<SessionId, List<SessionEvent>> logs = new ConcurrentHashMap<>();

    @Override
    public List<SessionEvent> append(SessionId sessionId, List<NewSessionEvent> events) {
        List<SessionEvent> log = logs.computeIfAbsent(sessionId, ignored -> new ArrayList<>());
        synchronized (log) {
            List<SessionEvent> stored = new ArrayList<>();
            for (NewSessionEvent event : events) {
                SessionEvent withSeq = event.at(log.size() + 1L);
                log.add(withSeq);
                stored.add(withSeq);
            }
            return stored;
        }
    }

    @Override
    public List<SessionEvent> findAfter(SessionId sessionId, long afterSeq, int limit, boolean includeInternal) {
        List<SessionEvent> log = logs.getOrDefault(sessionId, List.of());
        synchronized (log) {
            return log.stream().filter(event -> event.seq() > afterSeq)
                    .filter(event -> includeInternal || !event.isInternal())
                    .limit(limit).toList();
        }
    }

    @Override
    public long latestSeq(SessionId sessionId) {
        List<SessionEvent> log = logs.getOrDefault(sessionId, List.of());
        synchronized (log) {
            return log.size();
        }
    }
}
