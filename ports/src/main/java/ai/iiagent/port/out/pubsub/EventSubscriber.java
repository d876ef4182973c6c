package ai.iiagent.port.out.pubsub;

import ai.iiagent.domain.sessions.events.SessionEvent;

/** Receives events one at a time, in order; an exception is logged and the next event still comes. */
@FunctionalInterface
public interface EventSubscriber {

    void onEvent(SessionEvent event) throws Exception;
}
