package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The event envelope of docs/protocol/events.md as JSON text, identical on both endpoints. */
@ApplicationScoped
public class EventEnvelopes {

    private final ObjectMapper json;

    public EventEnvelopes(ObjectMapper json) {
        this.json = json;
    }

    public String of(SessionEvent event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("v", SessionEvent.ENVELOPE_VERSION);
        envelope.put("seq", event.seq());
        envelope.put("id", event.id().value().toString());
        envelope.put("group", event.name().group().code());
        envelope.put("name", event.name().wireName());
        envelope.put("session_id", event.sessionId() == null ? null : event.sessionId().toString());
        envelope.put("run_id", event.runId() == null ? null : event.runId().toString());
        envelope.put("timestamp", event.timestamp().toString());
        envelope.put("transient", event.name().delivery() == Delivery.TRANSIENT);
        envelope.put("internal", false);
        envelope.put("content", event.content());
        return write(envelope);
    }

    /** A transient event meant for one connection only (replies such as pong or an error). */
    public String direct(EventName name, SessionId sessionId, long seq, Map<String, Object> content) {
        return of(new SessionEvent(EventId.random(), seq, name, sessionId, null, Instant.now(), content));
    }

    /**
     * A reply to one connection's command: always {@code transient: true} (never stored, never
     * replayed, whatever the name's delivery is), carrying the latest seq the connection has.
     */
    public String reply(EventName name, SessionId sessionId, long seq, Map<String, Object> content) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("v", SessionEvent.ENVELOPE_VERSION);
        envelope.put("seq", seq);
        envelope.put("id", EventId.random().value().toString());
        envelope.put("group", name.group().code());
        envelope.put("name", name.wireName());
        envelope.put("session_id", sessionId == null ? null : sessionId.toString());
        envelope.put("run_id", null);
        envelope.put("timestamp", Instant.now().toString());
        envelope.put("transient", true);
        envelope.put("internal", false);
        envelope.put("content", content);
        return write(envelope);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-compatible: " + value.getClass().getName(), e);
        }
    }
}
