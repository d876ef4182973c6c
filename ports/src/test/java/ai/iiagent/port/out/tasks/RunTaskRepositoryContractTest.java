package ai.iiagent.port.out.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.tasks.RunAlreadyActiveException;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.tasks.RunTransition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    void givenOldAndFreshActiveRuns_whenAskedForStaleOnes_thenOnlyOldOnes() {
        RunTask old = insert(SessionId.random(), T0.minusSeconds(600));
        RunTask fresh = insert(SessionId.random(), T0);

        assertThat(repository().findActiveUpdatedBefore(T0.minusSeconds(60))).extracting(RunTask::id)
                .contains(old.id()).doesNotContain(fresh.id());
    }

    private RunTask insert(SessionId session, Instant at) {
        RunTask run = RunTask.create(session, RunKind.AGENT_RUN, at);
        repository().insert(run, run.transition("created"));
        return run;
    }
}
