package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Single-node {@link EventBusPort}: each subscriber has its own queue drained by its own virtual
 * thread, so it sees events in publish order and cannot hold up the others.
 */
public final class InProcessEventBus implements EventBusPort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessEventBus.class);

    private final Map<Long, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public void publish(SessionEvent event) {
        subscribers.values().forEach(subscriber -> subscriber.offer(event));
    }

    @Override
    public Subscription subscribe(String name, EventSubscriber subscriber) {
        long id = ids.incrementAndGet();
        Subscriber registered = new Subscriber(name, subscriber);
        subscribers.put(id, registered);
        return () -> {
            subscribers.remove(id);
            registered.stop();
        };
    }

    @Override
    public void close() {
        subscribers.values().forEach(Subscriber::stop);
        subscribers.clear();
    }

    /** One subscriber's ordered lane. */
    private static final class Subscriber {

        private final String name;
        private final EventSubscriber target;
        private final ExecutorService lane;

        Subscriber(String name, EventSubscriber target) {
            this.name = name;
            this.target = target;
            this.lane = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("event-bus-" + name).factory());
        }

        void offer(SessionEvent event) {
            if (!lane.isShutdown()) {
                lane.execute(() -> deliver(event));
            }
        }

        private void deliver(SessionEvent event) {
            try {
                target.onEvent(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.errorf(e, "subscriber %s failed on %s (seq %d); it keeps receiving", name,
                        event.name().wireName(), event.seq());
            }
        }

        void stop() {
            lane.shutdownNow();
        }
    }
}
