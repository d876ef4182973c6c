package ai.iiagent.port.out.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventBusPort} must have. Delivery is asynchronous, so tests wait for
 * it with a generous bound; the bound is a deadline, not a performance target.
 */
public abstract class EventBusContractTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private final List<EventBusPort.Subscription> subscriptions = new CopyOnWriteArrayList<>();

    protected abstract EventBusPort bus();

    @AfterEach
    void closeSubscriptions() {
        subscriptions.forEach(EventBusPort.Subscription::close);
    }

    @Test
    void givenTwoSessionsInterleaved_whenPublished_thenEverySubscriberGetsAllInPerSessionOrder() throws Exception {
        SessionId one = SessionId.random();
        SessionId two = SessionId.random();
        List<SessionEvent> first = new CopyOnWriteArrayList<>();
        List<SessionEvent> second = new CopyOnWriteArrayList<>();
        subscribe("first", first::add);
        subscribe("second", second::add);

        for (long seq = 1; seq <= 50; seq++) {
            bus().publish(event(one, seq));
            bus().publish(event(two, seq));
        }

        awaitTrue(() -> count(first, one) == 50 && count(first, two) == 50 && count(second, one) == 50
                && count(second, two) == 50);
        for (List<SessionEvent> received : List.of(first, second)) {
            assertThat(seqs(received, one)).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
            assertThat(seqs(received, two)).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        }
    }

    @Test
    void givenFailingAndSlowSubscribers_whenPublished_thenTheHealthyOneStillGetsEverything() throws Exception {
        SessionId session = SessionId.random();
        CountDownLatch healthyDone = new CountDownLatch(10);
        List<SessionEvent> slowGot = new CopyOnWriteArrayList<>();
        subscribe("failing", event -> {
            throw new IllegalStateException("subscriber bug");
        });
        subscribe("slow", event -> {
            // Blocks until the healthy subscriber has everything: proves it was not held up.
            healthyDone.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            slowGot.add(event);
        });
        subscribe("healthy", event -> healthyDone.countDown());

        for (long seq = 1; seq <= 10; seq++) {
            bus().publish(event(session, seq));
        }

        assertThat(healthyDone.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        awaitTrue(() -> slowGot.size() == 10);
    }

    @Test
    void givenClosedSubscription_whenPublished_thenNothingMoreArrives() throws Exception {
        SessionId session = SessionId.random();
        List<SessionEvent> closed = new CopyOnWriteArrayList<>();
        List<SessionEvent> open = new CopyOnWriteArrayList<>();
        EventBusPort.Subscription subscription = subscribe("closed", closed::add);
        subscribe("open", open::add);
        bus().publish(event(session, 1));
        awaitTrue(() -> closed.size() == 1 && open.size() == 1);

        subscription.close();
        bus().publish(event(session, 2));

        awaitTrue(() -> open.size() == 2);
        assertThat(closed).hasSize(1);
    }

    @Test
    void givenTransientAndInternalEvents_whenPublished_thenDeliveredUnchanged() throws Exception {
        SessionId session = SessionId.random();
        List<SessionEvent> received = new CopyOnWriteArrayList<>();
        subscribe("all", received::add);
        SessionEvent delta = new SessionEvent(EventId.random(), 7, EventName.AGENT_RESPONSE_DELTA, session, null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), Map.of("text", "partial"));
        SessionEvent usage = new SessionEvent(EventId.random(), 8, EventName.BILLING_LLM_USAGE, session,
                java.util.UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), Map.of("input_tokens", 12));

        bus().publish(delta);
        bus().publish(usage);

        awaitTrue(() -> received.size() == 2);
        assertThat(received).containsExactly(delta, usage);
    }

    private EventBusPort.Subscription subscribe(String name, EventSubscriber subscriber) {
        EventBusPort.Subscription subscription = bus().subscribe(name + "-" + java.util.UUID.randomUUID(), subscriber);
        subscriptions.add(subscription);
        return subscription;
    }

    private static SessionEvent event(SessionId session, long seq) {
        return new SessionEvent(EventId.random(), seq, EventName.AGENT_RESPONSE, session, null,
                Instant.parse("2026-11-25T10:00:00Z").plusSeconds(seq), Map.of("text", "event " + seq));
    }

    private static long count(List<SessionEvent> events, SessionId session) {
        return events.stream().filter(event -> event.sessionId().equals(session)).count();
    }

    private static List<Long> seqs(List<SessionEvent> events, SessionId session) {
        return events.stream().filter(event -> event.sessionId().equals(session)).map(SessionEvent::seq).toList();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + DEADLINE);
            }
            Thread.sleep(10);
        }
    }
}
