package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.persistence.pubsub.InProcessEventBus;
import ai.iiagent.adapter.persistence.pubsub.RedisEventBus;
import ai.iiagent.bootstrap.config.AppSettings;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.sessions.PublishSessionEventsService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The event bus: Redis when REDIS_URL is set (several nodes), in-process otherwise; no silent fallback. */
@ApplicationScoped
public class EventsWiring {

    @Produces
    @ApplicationScoped
    EventBusPort eventBus(AppSettings settings, Instance<RedisDataSource> redis, ObjectMapper json) {
        return settings.redisConfigured() ? new RedisEventBus(redis.get(), json) : new InProcessEventBus();
    }

    void closeEventBus(@Disposes EventBusPort bus) throws Exception {
        if (bus instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Produces
    @Singleton // on every stored event's path: no client proxy
    PublishSessionEventsUseCase publishSessionEvents(SessionEventRepository log, EventBusPort bus, ClockPort clock,
                                                     UnitOfWork unitOfWork) {
        return new PublishSessionEventsService(log, bus, clock, unitOfWork);
    }
}
