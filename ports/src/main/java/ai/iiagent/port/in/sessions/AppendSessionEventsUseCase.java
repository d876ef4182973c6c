package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.List;

/** Stores events in a session's log (other features write the log only through this port). */
public interface AppendSessionEventsUseCase {

    /** @return the events with their assigned seqs, in order */
    List<SessionEvent> append(AppendSessionEventsCommand command);
}
