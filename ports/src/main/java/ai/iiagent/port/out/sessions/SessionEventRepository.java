package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.List;

/**
 * The per-session event log. {@link #append} assigns consecutive seqs atomically: concurrent
 * writers to one session never produce a gap or a duplicate, and a failed append consumes no seq.
 * Contract: {@code SessionEventRepositoryContractTest}.
 */
public interface SessionEventRepository {

    /** Stores the events, all of one session, in order; returns them with their seqs. */
    List<SessionEvent> append(SessionId sessionId, List<NewSessionEvent> events);

    /** Events with {@code seq > afterSeq}, ascending, at most {@code limit}; internal ones only if asked. */
    List<SessionEvent> findAfter(SessionId sessionId, long afterSeq, int limit, boolean includeInternal);

    /** The highest seq of the session, 0 when it has no events. */
    long latestSeq(SessionId sessionId);
}
