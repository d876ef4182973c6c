package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.SessionUsage;
import java.util.List;

/** Sessions with usage, most recently used first. */
public record SessionUsagePage(List<SessionUsage> sessions, long total, int page, int perPage) {

    public SessionUsagePage {
        sessions = List.copyOf(sessions);
    }
}
