package ai.iiagent.port.out.pubsub;

import ai.iiagent.domain.sessions.events.SessionEvent;

/**
 * Fans session events out to subscribers on every node (in-process on a single node, Redis across
 * nodes). Contract ({@code EventBusContractTest}, run on both adapters):
 * <ul>
 *   <li>every subscriber receives every published event, and the events of one session in publish order;</li>
 *   <li>subscribers are independent: one that throws or is slow never stops or delays another;</li>
 *   <li>delivery is asynchronous and at most once (a node that was down misses events; readers
 *       fill gaps from the event log by seq);</li>
 *   <li>events pass unchanged: skipping transient or internal ones is the subscriber's choice.</li>
 * </ul>
 */
public interface EventBusPort {

    /** Hands the event to the transport; returns without waiting for subscribers. */
    void publish(SessionEvent event);

    /** Registers a subscriber on this node until the returned subscription is closed. */
    Subscription subscribe(String name, EventSubscriber subscriber);

    /** A registered subscriber; closing it stops delivery to it. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
