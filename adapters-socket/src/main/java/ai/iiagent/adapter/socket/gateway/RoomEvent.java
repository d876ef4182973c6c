package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.SessionEvent;

/** An event on its way to a room's connections, serialised once for all of them. */
record RoomEvent(SessionEvent event, String envelopeJson) {

    boolean isTransient() {
        return event.name().delivery() == Delivery.TRANSIENT;
    }
}
