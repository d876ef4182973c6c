package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.MarkedSession;
import java.util.List;

/** The caller's pinned or wishlisted live sessions, most recently marked first. */
public interface ListMarkedSessionsUseCase {

    List<MarkedSession> list(ListMarkedSessionsQuery query);
}
