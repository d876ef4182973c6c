package ai.iiagent.service.tasks;

import ai.iiagent.service.sessions.RecordingSessionNoticeEncoding;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunLease;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.tasks.InMemoryRunTaskRepository;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import ai.iiagent.service.sessions.PublishSessionEventsService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoverInterruptedRunsServiceTest {

    private static final NodeId DEAD = new NodeId("dead-node");
    private static final NodeId ALIVE = new NodeId("live-node");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryRunTaskRepository runs = new InMemoryRunTaskRepository();
    private final InMemorySessionEventRepository events = new InMemorySessionEventRepository();
    private final List<RunTask> followedUp = new java.util.ArrayList<>();
    private final List<SessionEvent> published = new java.util.ArrayList<>();
    private final RecoverInterruptedRunsService recover = new RecoverInterruptedRunsService(runs,
            new PublishSessionEventsService(events, new RecordingBus(published), clock), new DirectUnitOfWork(), clock,
            followedUp::add, new RecordingSessionNoticeEncoding());

    @Test
    void givenRunningAbortingPausedAndDoneRunsOfADeadNode_whenRecovered_thenOnlyInterruptedOnesFailWithAnEvent() {
        RunTask running = run(RunStatus.RUNNING, DEAD);
        RunTask aborting = run(RunStatus.ABORTING, DEAD);
        RunTask paused = run(RunStatus.PAUSED, DEAD);
        RunTask done = run(RunStatus.COMPLETED, DEAD);
        clock.advance(Duration.ofSeconds(21));

        int recovered = recover.recover(new RecoverInterruptedRunsCommand("start-up"));

        assertThat(recovered).isEqualTo(2);
        assertThat(status(running)).isEqualTo(RunStatus.FAILED);
        assertThat(status(aborting)).isEqualTo(RunStatus.FAILED);
        assertThat(status(paused)).isEqualTo(RunStatus.PAUSED);
        assertThat(status(done)).isEqualTo(RunStatus.COMPLETED);
        List<SessionEvent> log = events.findAfter(running.sessionId(), 0, 10, true);
        assertThat(log).extracting(SessionEvent::name)
                .containsExactly(EventName.AGENT_RESPONSE_INTERRUPTED, EventName.AGENT_STREAM_COMPLETE);
        assertThat(followedUp).extracting(RunTask::id).containsExactlyInAnyOrder(running.id(), aborting.id());
        assertThat(log.get(0).content()).containsEntry("message", RecoverInterruptedRunsService.MESSAGE)
                .containsEntry("runId", running.id().toString());
        assertThat(published).as("live sockets are told, not only the log").extracting(SessionEvent::name)
                .contains(EventName.AGENT_RESPONSE_INTERRUPTED, EventName.AGENT_STREAM_COMPLETE);
        assertThat(runs.transitionsOf(running.id())).last().extracting(t -> t.reason())
                .isEqualTo("recovered by start-up: the lease of its node lapsed");
    }

    @Test
    void givenARunWhoseNodeStillRenews_whenAnotherNodeRecovers_thenLeftAlone_untilTheLeaseLapses() {
        RunTask live = run(RunStatus.RUNNING, ALIVE);
        clock.advance(Duration.ofSeconds(15));
        runs.renew(ALIVE, clock.now().plusSeconds(20));
        clock.advance(Duration.ofSeconds(15)); // past the first lease, within the renewed one

        assertThat(recover.recover(new RecoverInterruptedRunsCommand("start-up"))).isZero();
        assertThat(status(live)).isEqualTo(RunStatus.RUNNING);
        assertThat(followedUp).isEmpty();

        clock.advance(Duration.ofSeconds(6)); // the node stopped renewing
        assertThat(recover.recover(new RecoverInterruptedRunsCommand("the stale-run job"))).isEqualTo(1);
        assertThat(status(live)).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void givenARunWrittenBeforeLeasesExisted_whenRecovered_thenItCountsAsLapsed() {
        RunTask legacy = new RunTask(RunTask.create(SessionId.random(), RunKind.AGENT_RUN, clock.now()).id(),
                SessionId.random(), RunKind.AGENT_RUN, RunStatus.RUNNING, null, clock.now(), clock.now(), 0);
        runs.insert(legacy, legacy.transition("test"));

        assertThat(recover.recover(new RecoverInterruptedRunsCommand("start-up"))).isEqualTo(1);
        assertThat(status(legacy)).isEqualTo(RunStatus.FAILED);
    }

    private RunTask run(RunStatus status, NodeId node) {
        RunTask run = new RunTask(RunTask.create(SessionId.random(), RunKind.AGENT_RUN, clock.now()).id(),
                SessionId.random(), RunKind.AGENT_RUN, status, null, clock.now(), clock.now(), 0);
        runs.insert(run, run.transition("test"));
        runs.hold(run.id(), new RunLease(node, clock.now().plusSeconds(20)));
        return run;
    }

    private RunStatus status(RunTask run) {
        return runs.findById(run.id()).orElseThrow().status();
    }

    /** The bus as the sockets of every node would see it. */
    private record RecordingBus(List<SessionEvent> published) implements EventBusPort {

        @Override
        public void publish(SessionEvent event) {
            published.add(event);
        }

        @Override
        public Subscription subscribe(String name, EventSubscriber subscriber) {
            return () -> { };
        }
    }
}
