package ai.iiagent.adapter.persistence.pubsub;

import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.pubsub.PubSubCommands;
import org.jboss.logging.Logger;

/**
 * Multi-node {@link EventBusPort} over Redis pub/sub: one channel per session
 * ({@code ii-agent:events:<session id>}), so Redis keeps each session's order. Every node, this
 * one included, receives through one pattern subscription and fans out locally, so a subscriber
 * sees the same stream whichever node published.
 */
public final class RedisEventBus implements EventBusPort, AutoCloseable {

    static final String CHANNEL_PREFIX = "ii-agent:events:";
    private static final Logger LOG = Logger.getLogger(RedisEventBus.class);

    private final PubSubCommands<String> pubsub;
    private final ObjectMapper json;
    private final InProcessEventBus local = new InProcessEventBus();
    private final PubSubCommands.RedisSubscriber inbound;

    public RedisEventBus(RedisDataSource redis, ObjectMapper json) {
        this.pubsub = redis.pubsub(String.class);
        this.json = json;
        this.inbound = pubsub.subscribeToPattern(CHANNEL_PREFIX + "*", this::receive);
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
        inbound.unsubscribe();
        local.close();
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
