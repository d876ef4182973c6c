package ai.iiagent.port.in.tasks;

import ai.iiagent.port.in.sessions.SessionQuery;
import java.util.Objects;

/** Which session, for whom (same visibility as the session itself). */
public record GetLatestRunQuery(SessionQuery session) {

    public GetLatestRunQuery {
        Objects.requireNonNull(session, "session");
    }
}
