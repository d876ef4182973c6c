package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.List;

/**
 * The way the runtime emits events: persisted and internal events are stored first (one batch,
 * consecutive seqs) and then published with their seq; transient ones are published with the
 * session's latest seq and never stored. Live subscribers therefore see exactly what a replay
 * after the same seq returns, with nothing missing and nothing twice.
 */
public interface PublishSessionEventsUseCase {

    /** @return what was published, in order, with seqs */
    List<SessionEvent> publish(PublishSessionEventsCommand command);
}
