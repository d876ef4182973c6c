package ai.iiagent.port.out.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.tasks.NodeId;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunLease;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RunTaskRepository} must have. */
public abstract class RunTaskRepositoryContractTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract RunTaskRepository repository();

    @Test
    void givenNewRun_whenInsertedAndMoved_thenStateVersionAndLogFollow() {
        RunTask run = insert(SessionId.random(), T0);

        RunTask running = repository().update(run.moveTo(RunStatus.RUNNING, null, T0.plusSeconds(1)),
                new RunTransition(run.id(), RunStatus.RUNNING, "started", T0.plusSeconds(1)));

        assertThat(running.version()).isEqualTo(1);
        assertThat(repository().findById(run.id())).contains(running);
        assertThat(repository().transitionsOf(run.id())).extracting(RunTransition::status)
                .containsExactly(RunStatus.PENDING, RunStatus.RUNNING);
    }

    @Test
    void givenActiveRun_whenSecondStartsInSameSession_thenRefused_butAllowedOnceFinished() {
        SessionId session = SessionId.random();
        RunTask first = insert(session, T0);

        assertThatThrownBy(() -> insert(session, T0.plusSeconds(1))).isInstanceOf(RunAlreadyActiveException.class);

        RunTask moved = first.moveTo(RunStatus.RUNNING, null, T0);
        RunTask running = repository().update(moved, moved.transition("go"));
        RunTask completed = running.moveTo(RunStatus.COMPLETED, null, T0.plusSeconds(2));
        repository().update(completed, completed.transition("done"));
        RunTask next = insert(session, T0.plusSeconds(3));
        assertThat(repository().latestForSession(session).orElseThrow().id()).isEqualTo(next.id());
        insert(SessionId.random(), T0);
    }

    @Test
    void givenStaleCopy_whenUpdated_thenConcurrentModification() {
        RunTask run = insert(SessionId.random(), T0);
        RunTask moved = run.moveTo(RunStatus.RUNNING, null, T0);
        repository().update(moved, moved.transition("first"));

        assertThatThrownBy(() -> repository().update(moved, moved.transition("stale")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code().value()).isEqualTo("concurrent_modification"));
    }

    @Test
    void givenLeasedRuns_whenAskedForLapsedOnes_thenExpiredAndUnleasedActiveRunsOnly() {
        NodeId dead = new NodeId("dead-" + UUID.randomUUID());
        NodeId alive = new NodeId("alive-" + UUID.randomUUID());
        RunTask expired = insert(SessionId.random(), T0);
        repository().hold(expired.id(), new RunLease(dead, T0.minusSeconds(1)));
        RunTask live = insert(SessionId.random(), T0);
        repository().hold(live.id(), new RunLease(alive, T0.plusSeconds(20)));
        RunTask unleased = insert(SessionId.random(), T0);
        RunTask finished = insert(SessionId.random(), T0);
        repository().hold(finished.id(), new RunLease(dead, T0.minusSeconds(1)));
        RunTask moved = finished.moveTo(RunStatus.RUNNING, null, T0).moveTo(RunStatus.COMPLETED, null, T0);
        repository().update(moved, moved.transition("done"));

        assertThat(repository().findActiveWithLapsedLease(T0)).extracting(RunTask::id)
                .contains(expired.id(), unleased.id()).doesNotContain(live.id(), finished.id());
    }

    @Test
    void givenRunsOfTwoNodes_whenOneRenews_thenOnlyItsActiveRunsAreExtended_andTheirVersionStays() {
        NodeId self = new NodeId("self-" + UUID.randomUUID());
        NodeId other = new NodeId("other-" + UUID.randomUUID());
        RunTask mine = insert(SessionId.random(), T0);
        repository().hold(mine.id(), new RunLease(self, T0.plusSeconds(5)));
        RunTask theirs = insert(SessionId.random(), T0);
        repository().hold(theirs.id(), new RunLease(other, T0.plusSeconds(5)));

        assertThat(repository().renew(self, T0.plusSeconds(60))).isEqualTo(1);

        assertThat(repository().leaseOf(mine.id())).contains(new RunLease(self, T0.plusSeconds(60)));
        assertThat(repository().leaseOf(theirs.id())).contains(new RunLease(other, T0.plusSeconds(5)));
        assertThat(repository().findActiveWithLapsedLease(T0.plusSeconds(30))).extracting(RunTask::id)
                .contains(theirs.id()).doesNotContain(mine.id());
        RunTask stored = repository().findById(mine.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(mine.version());
        RunTask moved = stored.moveTo(RunStatus.RUNNING, null, T0);
        repository().update(moved, moved.transition("a renewal never makes the driver's move conflict"));
    }

    @Test
    void givenAnotherNode_whenItHoldsTheRun_thenTheLeaseNamesIt() {
        RunTask run = insert(SessionId.random(), T0);
        NodeId first = new NodeId("first-" + UUID.randomUUID());
        NodeId second = new NodeId("second-" + UUID.randomUUID());
        repository().hold(run.id(), new RunLease(first, T0.plusSeconds(5)));

        repository().hold(run.id(), new RunLease(second, T0.plusSeconds(9)));

        assertThat(repository().leaseOf(run.id())).contains(new RunLease(second, T0.plusSeconds(9)));
        assertThat(repository().renew(first, T0.plusSeconds(60))).isZero();
    }

    private RunTask insert(SessionId session, Instant at) {
        RunTask run = RunTask.create(session, RunKind.AGENT_RUN, at);
        repository().insert(run, run.transition("created"));
        return run;
    }
}
