package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An event on its way to a room's connections, serialised once for all of them and framed once per
 * endpoint ({@code /ws} or {@code /socket.io/}): every socket of an endpoint gets the same frame text.
 */
final class RoomEvent {

    private final SessionEvent event;
    private final String envelopeJson;
    private final Map<Class<?>, String> frames = new ConcurrentHashMap<>(2);

    RoomEvent(SessionEvent event, String envelopeJson) {
        this.event = event;
        this.envelopeJson = envelopeJson;
    }

    SessionEvent event() {
        return event;
    }

    String envelopeJson() {
        return envelopeJson;
    }

    boolean isTransient() {
        return event.name().delivery() == Delivery.TRANSIENT;
    }

    /** The frame {@code transport}'s endpoint sends for this event (a transport's framing depends only on its class). */
    String frameFor(SocketTransport transport) {
        String frame = frames.get(transport.getClass());
        return frame != null ? frame : frames.computeIfAbsent(transport.getClass(), ignored -> transport.eventFrame(envelopeJson));
    }
}
