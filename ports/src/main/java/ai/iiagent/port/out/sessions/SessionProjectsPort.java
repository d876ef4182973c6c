package ai.iiagent.port.out.sessions;

import ai.iiagent.domain.sessions.SessionId;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which sessions have a project (one at most each), so a session can be shown with its
 * {@code project_id}. One read for a whole page of sessions. The id is a plain UUID: sessions know
 * that a project exists, not what it is (the projects feature depends on sessions, not back).
 */
public interface SessionProjectsPort {

    /** No session has a project (for wirings without projects). */
    SessionProjectsPort NONE = sessions -> Map.of();

    /** The project id of each given session that has one; sessions without a project are absent from the map. */
    Map<SessionId, UUID> projectsOf(Collection<SessionId> sessions);
}
