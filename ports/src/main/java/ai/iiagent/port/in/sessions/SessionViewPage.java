package ai.iiagent.port.in.sessions;

import java.util.List;

/** A page of sessions with their plans, plus how many match in all. */
public record SessionViewPage(List<SessionView> sessions, long total, int page, int perPage) {

    public SessionViewPage {
        sessions = List.copyOf(sessions);
    }
}
