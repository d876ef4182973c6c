package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.List;

/**
 * The stored, client-visible events of a session after a seq (replay for reconnecting clients and
 * shared views). Same visibility as {@link GetSessionUseCase}; internal events are never returned.
 */
public interface ListSessionEventsUseCase {

    List<SessionEvent> list(ListSessionEventsQuery query);
}
