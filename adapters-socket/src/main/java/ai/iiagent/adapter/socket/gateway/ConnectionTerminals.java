package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sessions.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One connection's open terminals by the client's {@code terminal_id}, with the session each belongs to. */
final class ConnectionTerminals {

    record Open(SessionId sessionId, Terminal terminal) {
    }

    private final Map<String, Open> byId = new ConcurrentHashMap<>();

    boolean has(String terminalId) {
        return byId.containsKey(terminalId);
    }

    void add(String terminalId, SessionId sessionId, Terminal terminal) {
        byId.put(terminalId, new Open(sessionId, terminal));
    }

    Optional<Terminal> get(String terminalId) {
        return Optional.ofNullable(byId.get(terminalId)).map(Open::terminal);
    }

    /** Forgets a terminal that ended (its listener heard {@code closed}). */
    void ended(String terminalId, Terminal terminal) {
        byId.computeIfPresent(terminalId, (id, open) -> open.terminal() == terminal ? null : open);
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** Closes them all (leave, session switch, disconnect). */
    void closeAll() {
        List.copyOf(byId.values()).forEach(open -> open.terminal().close());
        byId.clear();
    }
}
