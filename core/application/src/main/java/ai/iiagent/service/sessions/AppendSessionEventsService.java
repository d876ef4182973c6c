package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.in.sessions.AppendSessionEventsCommand;
import ai.iiagent.port.in.sessions.AppendSessionEventsUseCase;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import java.util.List;

/** Appends to the log; the repository assigns the seqs atomically. */
public final class AppendSessionEventsService implements AppendSessionEventsUseCase {

    private final SessionEventRepository events;

    public AppendSessionEventsService(SessionEventRepository events) {
        this.events = events;
    }

    @Override
    public List<SessionEvent> append(AppendSessionEventsCommand command) {
        return events.append(command.sessionId(), command.events());
    }
}
