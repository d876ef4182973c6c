package ai.iiagent.domain.sessions;

import java.util.List;

/** A page of sessions plus how many match in all. */
public record SessionPage(List<Session> sessions, long total, int page, int perPage) {

    public SessionPage {
        sessions = List.copyOf(sessions);
    }
}
