package ai.iiagent.service.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.Delivery;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.sessions.SessionEventRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Store-then-publish, batching consecutive storable events into one append. Called inside a unit
 * of work (e.g. with a turn's settlement), the events are stored with it and reach the bus only
 * once it has committed, so no one ever sees an event that is not durable.
 */
public final class PublishSessionEventsService implements PublishSessionEventsUseCase {

    private static final UnitOfWork NO_UNIT_OF_WORK = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final SessionEventRepository log;
    private final EventBusPort bus;
    private final ClockPort clock;
    private final UnitOfWork unitOfWork;

    public PublishSessionEventsService(SessionEventRepository log, EventBusPort bus, ClockPort clock) {
        this(log, bus, clock, NO_UNIT_OF_WORK);
    }

    public PublishSessionEventsService(SessionEventRepository log, EventBusPort bus, ClockPort clock,
                                       UnitOfWork unitOfWork) {
        this.log = log;
        this.bus = bus;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<SessionEvent> publish(PublishSessionEventsCommand command) {
        SessionId session = command.sessionId();
        Instant now = clock.now();
        List<SessionEvent> published = new ArrayList<>();
        List<NewSessionEvent> batch = new ArrayList<>();
        long latestSeq = -1;
        for (Outgoing event : command.events()) {
            if (event.name().delivery() != Delivery.TRANSIENT) {
                batch.add(NewSessionEvent.of(event.name(), session, event.runId(), now, event.content().fields()));
                continue;
            }
            latestSeq = flush(session, batch, published, latestSeq);
            if (latestSeq < 0) {
                latestSeq = log.latestSeq(session);
            }
            SessionEvent live = new SessionEvent(EventId.random(), latestSeq, event.name(), session, event.runId(), now,
                    event.content().fields());
            unitOfWork.afterCommit(() -> bus.publish(live));
            published.add(live);
        }
        flush(session, batch, published, latestSeq);
        return published;
    }

    /** Stores and publishes the pending batch; returns the latest seq known afterwards (-1 = unknown). */
    private long flush(SessionId session, List<NewSessionEvent> batch, List<SessionEvent> published, long latestSeq) {
        if (batch.isEmpty()) {
            return latestSeq;
        }
        List<SessionEvent> stored = log.append(session, List.copyOf(batch));
        batch.clear();
        unitOfWork.afterCommit(() -> stored.forEach(bus::publish));
        published.addAll(stored);
        return stored.get(stored.size() - 1).seq();
    }
}
