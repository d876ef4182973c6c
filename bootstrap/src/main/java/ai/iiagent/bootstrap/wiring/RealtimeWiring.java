package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.socket.gateway.RealtimeSettings;
import ai.iiagent.adapter.socket.gateway.SessionRooms;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.config.RealtimeConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.out.pubsub.EventBusPort;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Live connections: their settings and the socket-delivery subscriber of the event bus. */
@ApplicationScoped
public class RealtimeWiring {

    private static final Logger LOG = Logger.getLogger("ai.iiagent.startup");

    private final AtomicReference<EventBusPort.Subscription> delivery = new AtomicReference<>();

    @Produces
    @Singleton
    RealtimeSettings realtimeSettings(AppConfig config) {
        RealtimeConfig realtime = config.realtime();
        return new RealtimeSettings(realtime.pingInterval(), realtime.pingTimeout(), realtime.authTimeout(),
                realtime.outboundQueueFrames(), realtime.outboundQueueBytes(), realtime.closeGrace(),
                realtime.maxMessageBytes());
    }

    @Produces
    @Singleton
    StartupContribution socketDelivery(EventBusPort bus, SessionRooms rooms) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.PUBSUB_SUBSCRIBERS;
            }

            @Override
            public String name() {
                return "socket delivery";
            }

            @Override
            public void start() {
                delivery.set(bus.subscribe("socket-delivery", rooms::deliver));
            }
        };
    }

    @Produces
    @Singleton
    StartupContribution socketEndpoints(RealtimeSettings settings) {
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SOCKET_ENDPOINTS;
            }

            @Override
            public String name() {
                return "/ws and /socket.io/";
            }

            @Override
            public void start() {
                LOG.infof("socket endpoints /ws and /socket.io/ (ping every %s, auth within %s, %d frames / %d bytes queued per"
                        + " connection, messages up to %d bytes)", settings.pingInterval(), settings.authTimeout(),
                        settings.outboundQueueFrames(), settings.outboundQueueBytes(), settings.maxMessageBytes());
            }
        };
    }

    @PreDestroy
    void stopDelivery() {
        EventBusPort.Subscription subscription = delivery.getAndSet(null);
        if (subscription != null) {
            subscription.close();
        }
    }
}
