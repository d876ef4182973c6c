package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.SessionEvent;

/**
 * An event on its way to a room's connections, serialised once for all of them and framed once per
 * endpoint ({@code /ws} or {@code /socket.io/}): every socket of an endpoint gets the same frame, whose
 * UTF-8 length is counted and bytes encoded once too. Two endpoints exist, so two slots; a slot is written once
 * (a race only frames the same text twice) and read without a lock: this is the per-delivery path.
 */
final class RoomEvent {

    private final SessionEvent event;
    private final String envelopeJson;
    private volatile Framed first;
    private volatile Framed second;

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
        return framedFor(transport).frame().text();
    }

    /** The endpoint's frame, shared by all its sockets. */
    Framed framedFor(SocketTransport transport) {
        Class<?> endpoint = transport.getClass();
        Framed framed = first;
        if (framed != null && framed.endpoint() == endpoint) {
            return framed;
        }
        framed = second;
        if (framed != null && framed.endpoint() == endpoint) {
            return framed;
        }
        String text = transport.eventFrame(envelopeJson);
        framed = new Framed(endpoint, OutgoingFrame.of(text));
        if (first == null) {
            first = framed;
        } else {
            second = framed; // a third endpoint would only re-frame each time, never mis-frame
        }
        return framed;
    }

    /** One endpoint's frame of the event. */
    record Framed(Class<?> endpoint, OutgoingFrame frame) {
    }
}
