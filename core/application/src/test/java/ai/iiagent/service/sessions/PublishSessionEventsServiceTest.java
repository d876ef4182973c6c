package ai.iiagent.service.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PublishSessionEventsServiceTest {

    private final InMemorySessionEventRepository log = new InMemorySessionEventRepository();
    private final List<SessionEvent> onTheBus = new ArrayList<>();
    private final EventBusPort bus = new EventBusPort() {
        @Override
        public void publish(SessionEvent event) {
            onTheBus.add(event);
        }

        @Override
        public Subscription subscribe(String name, EventSubscriber subscriber) {
            return () -> { };
        }
    };
    private final PublishSessionEventsService publish = new PublishSessionEventsService(log, bus,
            new MutableClock(Instant.parse("2026-11-25T10:00:00Z")));

    @Test
    void givenMixOfPersistedTransientAndInternal_whenPublished_thenStoredFirstAndTransientCarriesLatestSeq() {
        SessionId session = SessionId.random();

        List<SessionEvent> published = publish.publish(new PublishSessionEventsCommand(session, List.of(
                out(EventName.AGENT_PROCESSING), out(EventName.AGENT_RESPONSE_DELTA), out(EventName.AGENT_RESPONSE_DELTA),
                out(EventName.AGENT_RESPONSE), out(EventName.BILLING_LLM_USAGE), out(EventName.SYSTEM_PONG))));

        assertThat(published).extracting(event -> event.name().wireName() + "@" + event.seq()).containsExactly(
                "agent.processing@1", "agent.response.delta@1", "agent.response.delta@1", "agent.response@2",
                "billing.llm.usage@3", "system.pong@3");
        assertThat(onTheBus).isEqualTo(published);
        assertThat(log.findAfter(session, 0, 100, true)).extracting(SessionEvent::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givenOnlyTransientEventOnEmptyLog_whenPublished_thenSeqZeroAndNothingStored() {
        SessionId session = SessionId.random();

        List<SessionEvent> published = publish.publish(new PublishSessionEventsCommand(session,
                List.of(out(EventName.SYSTEM_PONG))));

        assertThat(published).extracting(SessionEvent::seq).containsExactly(0L);
        assertThat(log.latestSeq(session)).isZero();
    }

    @Test
    void givenAUnitOfWorkInProgress_whenPublished_thenStoredAtOnce_butOnTheBusOnlyOnceItCommits() {
        SessionId session = SessionId.random();
        List<Runnable> afterCommit = new ArrayList<>();
        PublishSessionEventsService inUnit = new PublishSessionEventsService(log, bus,
                new MutableClock(Instant.parse("2026-11-25T10:00:00Z")), new UnitOfWork() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return work.get();
                    }

                    @Override
                    public void afterCommit(Runnable action) {
                        afterCommit.add(action);
                    }
                });

        List<SessionEvent> published = inUnit.publish(new PublishSessionEventsCommand(session, List.of(
                out(EventName.AGENT_RESPONSE_DELTA), out(EventName.AGENT_RESPONSE))));

        assertThat(log.latestSeq(session)).isEqualTo(1);
        assertThat(onTheBus).isEmpty();
        afterCommit.forEach(Runnable::run);
        assertThat(onTheBus).isEqualTo(published); // in their order, once committed
    }

    private static Outgoing out(EventName name) {
        return new Outgoing(name, null, JsonObject.of(Map.of("n", name.wireName())));
    }
}
