package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.sessions.AppKind;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionEvent;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.NewSessionEvent;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.sessions.CreateSessionCommand;
import ai.iiagent.port.in.agents.CancelRun;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.pubsub.EventBusPort;
import ai.iiagent.port.out.pubsub.EventSubscriber;
import ai.iiagent.port.out.sessions.InMemorySessionEventRepository;
import ai.iiagent.port.out.sessions.InMemorySessionPlanRepository;
import ai.iiagent.port.out.sessions.InMemorySessionRepository;
import ai.iiagent.port.out.tasks.InMemoryRunCancellationSignal;
import ai.iiagent.port.out.tasks.InMemoryRunTaskRepository;
import ai.iiagent.service.sessions.CreateSessionService;
import ai.iiagent.service.sessions.GetSessionService;
import ai.iiagent.service.sessions.PublishSessionEventsService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CancelRunServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemorySessionRepository sessions = new InMemorySessionRepository();
    private final DirectUnitOfWork units = new DirectUnitOfWork();
    private int unitStoringCancelled = -1;
    private int unitStoringEvents = -1;
    private final InMemoryRunTaskRepository runs = new InMemoryRunTaskRepository() {
        @Override
        public synchronized RunTask update(RunTask run, RunTransition transition) {
            if (run.status() == RunStatus.CANCELLED) {
                unitStoringCancelled = units.currentUnit();
            }
            return super.update(run, transition);
        }
    };
    private final InMemoryRunCancellationSignal signal = new InMemoryRunCancellationSignal();
    private final List<SessionEvent> published = new ArrayList<>();
    private final GetSessionService getSession = new GetSessionService(sessions, new InMemorySessionPlanRepository());
    private final List<RunEvent> encoded = new ArrayList<>();
    private final CancelRunService cancel = new CancelRunService(getSession, runs, signal,
            new PublishSessionEventsService(new InMemorySessionEventRepository() {
                @Override
                public List<SessionEvent> append(SessionId sessionId, List<NewSessionEvent> events) {
                    unitStoringEvents = units.currentUnit();
                    return super.append(sessionId, events);
                }
            }, recordingBus(), clock), recordingEncoding(), clock, units);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity eve = new Identity(UserId.random(), UserRole.USER);
    private final Session session = new CreateSessionService(sessions, clock)
            .create(new CreateSessionCommand(ada, "s", AppKind.AGENT, null));

    @Test
    void givenRunningRun_whenCancelled_thenAbortingWithSignalRaisedAndTheRuntimeLeftToReport() {
        RunTask run = run(RunStatus.RUNNING);

        RunTask result = cancel.cancel(new CancelRun(ada, session.id()));

        assertThat(result.status()).isEqualTo(RunStatus.ABORTING);
        assertThat(runs.findById(run.id()).orElseThrow().status()).isEqualTo(RunStatus.ABORTING);
        assertThat(signal.isRaised(run.id())).isTrue();
        assertThat(published).isEmpty();
        assertThat(runs.transitionsOf(run.id())).last().extracting(t -> t.reason())
                .isEqualTo("cancel requested by the user");
    }

    @Test
    void givenPausedRun_whenCancelled_thenCancelledAtOnceWithInterruptedEvent() {
        RunTask run = run(RunStatus.PAUSED);

        RunTask result = cancel.cancel(new CancelRun(ada, session.id()));

        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(signal.isRaised(run.id())).isFalse();
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo(EventName.AGENT_RESPONSE_INTERRUPTED);
            assertThat(event.runId()).isEqualTo(run.id().value());
        });
        assertThat(encoded).containsExactly(new RunEvent.Interrupted(CancelRunService.MESSAGE,
                RunEvent.RunEnd.CANCELLED_WHILE_PAUSED));
    }

    @Test
    void givenPausedRun_whenCancelled_thenItsStatusAndTheEventSayingSoAreStoredInOneUnitOfWork() {
        run(RunStatus.PAUSED);

        cancel.cancel(new CancelRun(ada, session.id()));

        // A reader that sees the run cancelled (the events replay reads the status first) finds the event too.
        assertThat(unitStoringCancelled).isPositive().isEqualTo(unitStoringEvents);
    }

    @Test
    void givenFinishedOrNoRun_whenCancelled_thenRunNotFound() {
        assertThatThrownBy(() -> cancel.cancel(new CancelRun(ada, session.id())))
                .isInstanceOf(RunNotFoundException.class);
        run(RunStatus.COMPLETED);
        assertThatThrownBy(() -> cancel.cancel(new CancelRun(ada, session.id())))
                .isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void givenWatcherOfPublicSession_whenCancelling_thenNotFoundAndRunUntouched() {
        sessions.save(session.published(true, clock.now()));
        RunTask run = run(RunStatus.RUNNING);

        assertThatThrownBy(() -> cancel.cancel(new CancelRun(eve, session.id())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(runs.findById(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(signal.isRaised(run.id())).isFalse();
    }

    private RunTask run(RunStatus status) {
        RunTask created = RunTask.create(session.id(), RunKind.AGENT_RUN, clock.now());
        RunTask run = new RunTask(created.id(), session.id(), RunKind.AGENT_RUN, status, null, clock.now(),
                clock.now(), 0);
        runs.insert(run, run.transition("test"));
        return run;
    }

    private EventBusPort recordingBus() {
        return new EventBusPort() {
            @Override
            public void publish(SessionEvent event) {
                published.add(event);
            }

            @Override
            public Subscription subscribe(String name, EventSubscriber subscriber) {
                return () -> { };
            }
        };
    }

    /** Records what the service emits; the wire form of each event is RunEventJsonTest's. */
    private RunEventEncoding recordingEncoding() {
        return (runId, event) -> {
            encoded.add(event);
            return new RunEventEncoding.Encoded(EventName.AGENT_RESPONSE_INTERRUPTED, Map.of());
        };
    }
}
