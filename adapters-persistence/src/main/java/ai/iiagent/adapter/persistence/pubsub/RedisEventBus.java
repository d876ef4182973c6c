package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Multi-node {@link EventBusPort} over Redis pub/sub: one channel per session
 * ({@code ii-agent:events:<session id>}), so Redis keeps each session's order. Every node, this
 * one included, receives through one pattern subscription and fans out locally, so a subscriber
 * sees the same stream whichever node published.
 *
 * <p>The Quarkus client does not re-subscribe when its pub/sub connection drops (Redis restart,
 * network cut): the subscription just ends. This bus notices the end or the error and subscribes
 * again with exponential backoff, forever, until closed. Events published meanwhile are missed
 * (the port is at-most-once; readers fill gaps from the event log by seq).
 */
public final class RedisEventBus implements EventBusPort, AutoCloseable {

    static final String CHANNEL_PREFIX = "ii-agent:events:";
    static final String PATTERN = CHANNEL_PREFIX + "*";
    private static final Logger LOG = Logger.getLogger(RedisEventBus.class);

    private final PubSubCommands<String> pubsub;
    private final ObjectMapper json;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final InProcessEventBus local = new InProcessEventBus();
    private final ScheduledExecutorService resubscriber = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("redis-event-bus-resubscribe").daemon().factory());
    /** Bumped on every (re)subscription: a stale subscription's end or error is ignored. */
    private final AtomicInteger generation = new AtomicInteger();
    private volatile PubSubCommands.RedisSubscriber inbound;
    private volatile boolean closed;

    public RedisEventBus(RedisDataSource redis, ObjectMapper json) {
        this(redis, json, Duration.ofMillis(200), Duration.ofSeconds(10));
    }

    public RedisEventBus(RedisDataSource redis, ObjectMapper json, Duration initialBackoff, Duration maxBackoff) {
        this.pubsub = redis.pubsub(String.class);
        this.json = json;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        // The first subscription is synchronous: a node that cannot reach Redis at start-up fails fast.
        this.inbound = subscribe(generation.incrementAndGet());
    }

    @Override
    public void publish(SessionEvent event) {
        try {
            pubsub.publish(CHANNEL_PREFIX + event.sessionId(), json.writeValueAsString(EventMessage.of(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event content is not JSON-compatible", e);
        }
    }

    @Override
    public Subscription subscribe(String name, EventSubscriber subscriber) {
        return local.subscribe(name, subscriber);
    }

    @Override
    public void close() {
        closed = true;
        resubscriber.shutdownNow();
        try {
            inbound.unsubscribe();
        } catch (RuntimeException connectionAlreadyGone) {
            LOG.debugf(connectionAlreadyGone, "Redis pattern subscription already gone at close");
        }
        local.close();
    }

    private PubSubCommands.RedisSubscriber subscribe(int subscriptionGeneration) {
        return pubsub.subscribeToPattern(PATTERN, (channel, message) -> receive(message),
                () -> lost(subscriptionGeneration, null), failure -> lost(subscriptionGeneration, failure));
    }

    // Runs on a Redis I/O thread: only schedules, never blocks.
    private void lost(int subscriptionGeneration, Throwable failure) {
        if (closed || !generation.compareAndSet(subscriptionGeneration, subscriptionGeneration + 1)) {
            return;
        }
        LOG.warnf("Redis pattern subscription %s ended (%s); live events from other nodes stop until it is back, "
                + "re-subscribing", PATTERN, failure == null ? "connection closed" : failure.getMessage());
        schedule(subscriptionGeneration + 1, initialBackoff, 1);
    }

    private void schedule(int subscriptionGeneration, Duration delay, int attempt) {
        if (closed) {
            return;
        }
        resubscriber.schedule(() -> resubscribe(subscriptionGeneration, delay, attempt), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void resubscribe(int subscriptionGeneration, Duration delay, int attempt) {
        if (closed || generation.get() != subscriptionGeneration) {
            return; // closed, or a newer loss started its own retry loop
        }
        try {
            inbound = subscribe(subscriptionGeneration);
            LOG.infof("Redis pattern subscription %s restored after %d attempt(s)", PATTERN, attempt);
        } catch (RuntimeException stillDown) {
            Duration next = delay.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : delay.multipliedBy(2);
            LOG.warnf("re-subscribing to Redis failed (attempt %d: %s); next try in %d ms", attempt,
                    stillDown.getMessage(), next.toMillis());
            schedule(subscriptionGeneration, next, attempt + 1);
        }
    }

    // Runs on a Redis I/O thread: decode and hand over, never block here.
    private void receive(String message) {
        try {
            local.publish(json.readValue(message, EventMessage.class).toEvent());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "dropping an undecodable event message from Redis");
        }
    }
}
