package ai.iiagent.service.sessions;

import ai.iiagent.port.in.sessions.ListMarkedSessionsQuery;
import ai.iiagent.port.in.sessions.ListMarkedSessionsUseCase;
import ai.iiagent.domain.sessions.MarkedSession;
import ai.iiagent.port.out.sessions.SessionMarkRepository;
import java.util.List;

/** Reads the caller's own list; the query carries the owner, so no one reads another's. */
public final class ListMarkedSessionsService implements ListMarkedSessionsUseCase {

    private final SessionMarkRepository marks;

    public ListMarkedSessionsService(SessionMarkRepository marks) {
        this.marks = marks;
    }

    @Override
    public List<MarkedSession> list(ListMarkedSessionsQuery query) {
        return marks.list(query.owner().userId(), query.kind());
    }
}
