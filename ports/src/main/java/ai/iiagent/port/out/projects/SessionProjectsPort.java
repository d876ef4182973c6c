package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import java.util.Collection;
import java.util.Map;

/**
 * Which sessions have a project (one at most each), so a session can be shown with its
 * {@code project_id}. One read for a whole page of sessions.
 */
public interface SessionProjectsPort {

    /** No session has a project (for wirings without projects). */
    SessionProjectsPort NONE = sessions -> Map.of();

    /** The project of each given session that has one; sessions without a project are absent from the map. */
    Map<SessionId, ProjectId> projectsOf(Collection<SessionId> sessions);
}
