package ai.iiagent.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RunTaskTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static final Set<String> LEGAL = Set.of("PENDING>RUNNING", "RUNNING>COMPLETED", "RUNNING>PAUSED",
            "RUNNING>CANCELLED", "RUNNING>FAILED", "RUNNING>ABORTING", "PAUSED>RUNNING", "PAUSED>ABORTING",
            "ABORTING>CANCELLED");

    @ParameterizedTest
    @EnumSource(RunStatus.class)
    void givenEveryPairOfStates_thenOnlyTheDocumentedMovesAreLegal(RunStatus from) {
        for (RunStatus to : RunStatus.values()) {
            RunTask run = new RunTask(RunId.random(), SessionId.random(), RunKind.AGENT_RUN, from, null, T0, T0, 0);
            if (LEGAL.contains(from + ">" + to)) {
                assertThat(run.moveTo(to, null, T0.plusSeconds(1)).status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> run.moveTo(to, null, T0.plusSeconds(1)))
                        .isInstanceOfSatisfying(IllegalRunTransitionException.class,
                                e -> assertThat(e.code().value()).isEqualTo("illegal_run_transition"));
            }
        }
    }

    @Test
    void givenNewRun_thenPendingAndActive() {
        RunTask run = RunTask.create(SessionId.random(), RunKind.AGENT_RUN, T0);

        assertThat(run.status()).isEqualTo(RunStatus.PENDING);
        assertThat(EnumSet.allOf(RunStatus.class).stream().filter(RunStatus::isActive))
                .containsExactlyInAnyOrder(RunStatus.PENDING, RunStatus.RUNNING, RunStatus.PAUSED, RunStatus.ABORTING);
    }

    @Test
    void givenFailure_thenErrorMessageKept_andTransitionRecordsIt() {
        RunTask failed = RunTask.create(SessionId.random(), RunKind.AGENT_RUN, T0)
                .moveTo(RunStatus.RUNNING, null, T0.plusSeconds(1))
                .moveTo(RunStatus.FAILED, "provider timed out", T0.plusSeconds(2));

        assertThat(failed.errorMessage()).isEqualTo("provider timed out");
        assertThat(failed.transition("llm error")).isEqualTo(
                new RunTransition(failed.id(), RunStatus.FAILED, "llm error", T0.plusSeconds(2)));
    }

    @Test
    void givenRunningOrAbortingRun_whenInterrupted_thenFailed_butFinishedRunsAreNot() {
        RunTask running = RunTask.create(SessionId.random(), RunKind.AGENT_RUN, T0).moveTo(RunStatus.RUNNING, null, T0);

        assertThat(running.interrupted(T0.plusSeconds(5)).status()).isEqualTo(RunStatus.FAILED);
        assertThat(running.moveTo(RunStatus.ABORTING, null, T0).interrupted(T0).status()).isEqualTo(RunStatus.FAILED);
        RunTask done = running.moveTo(RunStatus.COMPLETED, null, T0);
        assertThatThrownBy(() -> done.interrupted(T0)).isInstanceOf(IllegalRunTransitionException.class);
    }
}
