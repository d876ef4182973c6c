package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.sandbox.ShellState;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Persistent named shells on real bubblewrap: state, background jobs, prompts, timeouts, limits, cleanup. */
class BubblewrapShellSessionsTest {

    private final SandboxFixture fixture = new SandboxFixture(UnaryOperator.identity(),
            new ShellSessionsConfig(Duration.ofMinutes(5), 3, 8 * 1024, Duration.ofSeconds(10)));
    private final BubblewrapShellSessions shells = fixture.sandbox.shells();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    private ShellOutput run(String shell, String command) {
        return shells.run(session, new ShellCommand(shell, command, Duration.ofSeconds(20), true), fixture.reservation);
    }

    @Test
    void givenACdAndAnExport_whenTheNextCallReadsThem_thenTheShellKeptItsState() {
        ShellOutput first = run("main", "mkdir -p src/app && cd src/app && export GREETING=hello; x=41");

        ShellOutput second = run("main", "pwd; echo $GREETING $((x + 1))");

        assertThat(first.state()).isEqualTo(ShellState.IDLE);
        assertThat(first.exitCode()).isZero();
        assertThat(second.output()).isEqualTo("/workspace/src/app\nhello 42\n");
        assertThat(run("other", "pwd; echo \"[$GREETING]\"").output()).as("another shell has its own state")
                .isEqualTo("/workspace\n[]\n");
        assertThat(shells.list(session)).extracting(ShellInfo::name, ShellInfo::cwd, ShellInfo::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("main", "/workspace/src/app", ShellState.IDLE),
                        org.assertj.core.groups.Tuple.tuple("other", "/workspace", ShellState.IDLE));
    }

    @Test
    void givenExitCodesAndAwkwardQuoting_whenRun_thenTheyComeBackExactly() {
        assertThat(run("main", "false").exitCode()).isEqualTo(1);
        assertThat(run("main", "(exit 7)").exitCode()).isEqualTo(7);
        ShellOutput quoted = run("main", "printf '%s|%s|%s\\n' \"it's\" 'a\\b' $'tab\\there'; echo \"!!\"");
        assertThat(quoted.output()).isEqualTo("it's|a\\b|tab\there\n!!\n");
        ShellOutput heredoc = run("main", "cat > notes.txt <<'EOF'\nline $one\n  two\nEOF\ncat notes.txt; wc -l < notes.txt");
        assertThat(heredoc.output()).isEqualTo("line $one\n  two\n2\n");
        assertThat(run("main", "echo \"unterminated").output()).contains("unexpected EOF");
        assertThat(run("main", "echo still fine").output()).isEqualTo("still fine\n");
    }

    @Test
    void givenABackgroundProcess_whenItPrintsLater_thenBashViewShowsIt_andTheShellIsFreeMeanwhile() throws Exception {
        ShellOutput started = run("server", "(for i in 1 2 3; do echo tick$i; sleep 0.3; done) &");
        assertThat(started.state()).isEqualTo(ShellState.IDLE);
        assertThat(run("server", "echo meanwhile").output()).contains("meanwhile");

        Thread.sleep(1500);
        ShellOutput view = shells.view(session, "server");

        assertThat(view.output()).contains("tick1", "tick2", "tick3", "$ echo meanwhile").doesNotContain("IIDONE");
    }

    @Test
    void givenACommandThatPrompts_whenBashWriteToProcessAnswers_thenTheCommandFinishesWithTheAnswer() {
        ShellOutput asking = shells.run(session, new ShellCommand("main",
                "read -p 'Name? ' name; echo \"Hello, $name\"", Duration.ofSeconds(20), false), fixture.reservation);
        assertThat(asking.state()).isEqualTo(ShellState.RUNNING);
        assertThat(asking.output()).isEqualTo("Name? ");
        assertThat(shells.list(session).get(0).runningCommand()).startsWith("read -p");
        assertThatThrownBy(() -> run("main", "echo too early")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("still running");

        ShellOutput answered = shells.write(session, "main", "Ada", true, fixture.reservation);

        assertThat(answered.output()).isEqualTo("Hello, Ada\n");
        assertThat(answered.state()).isEqualTo(ShellState.IDLE);
        assertThat(answered.exitCode()).isZero();
        assertThatThrownBy(() -> shells.write(session, "main", "nobody reads this", true, fixture.reservation))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing is running");
    }

    @Test
    void givenACommandPastItsTimeout_whenItIsInterrupted_thenTheShellStaysUsableWithItsState() throws Exception {
        run("main", "cd /tmp && export KEPT=yes");

        ShellOutput slept = shells.run(session, new ShellCommand("main", "echo before; sleep 30; echo never",
                Duration.ofSeconds(1), true), fixture.reservation);
        ShellOutput looped = shells.run(session, new ShellCommand("main", "while :; do :; done",
                Duration.ofSeconds(1), true), fixture.reservation);

        assertThat(slept.timedOut()).isTrue();
        assertThat(slept.output()).contains("before").doesNotContain("never");
        assertThat(slept.state()).isEqualTo(ShellState.IDLE);
        assertThat(looped.timedOut()).isTrue();
        assertThat(looped.state()).isEqualTo(ShellState.IDLE);
        assertThat(run("main", "echo $PWD $KEPT").output()).isEqualTo("/tmp yes\n");
        assertThat(run("main", "ps -e -o comm= | grep -c '^sleep$'").output()).isEqualTo("0\n");
    }

    @Test
    void givenACommandThatLeavesProcessesBehind_whenItReturnsOrTimesOut_thenTheyAreKilled_butBackgroundJobsStay() {
        run("main", "sleep 302 & (sleep 300 &); for i in 1 2 3; do (sleep 301 &); done");
        shells.run(session, new ShellCommand("main", "(sleep 303 &); sleep 30", Duration.ofSeconds(1), true),
                fixture.reservation);

        ShellOutput left = run("main", "ps -e -o args= | grep '^sleep 30' | sort");

        assertThat(left.output()).as("only the background job survives").isEqualTo("sleep 302\n");
        assertThat(run("main", "jobs").output()).contains("sleep 302");
    }

    @Test
    void givenCtrlCWrittenToARunningCommand_thenItStops_andTheShellIsIdle() {
        shells.run(session, new ShellCommand("main", "sleep 60", Duration.ofSeconds(20), false), fixture.reservation);

        ShellOutput stopped = shells.write(session, "main", "\u0003", false, fixture.reservation);

        assertThat(stopped.state()).isEqualTo(ShellState.IDLE);
        assertThat(stopped.exitCode()).isEqualTo(130);
        assertThat(run("main", "echo next").output()).isEqualTo("next\n");
    }

    @Test
    void givenMoreOutputThanTheBuffer_thenTheLatestIsKept_andTruncationIsFlagged() {
        ShellOutput many = run("main", "seq 1 20000");

        assertThat(many.truncated()).isTrue();
        assertThat(many.output()).endsWith("19999\n20000\n").doesNotContain("\n1\n");
        assertThat(many.output().length()).isLessThanOrEqualTo(8 * 1024);
        assertThat(run("main", "echo small").truncated()).isFalse();
    }

    @Test
    void givenTheShellExits_thenTheNextCommandStartsAFreshOne() {
        run("main", "cd /tmp");
        ShellOutput exited = run("main", "exit 3");

        assertThat(exited.state()).isEqualTo(ShellState.EXITED);
        assertThat(shells.list(session).get(0).state()).isEqualTo(ShellState.EXITED);
        assertThat(run("main", "pwd").output()).isEqualTo("/workspace\n");
    }

    @Test
    void givenTheShellLimit_whenAnotherNameIsUsed_thenItIsRefused_andBadNamesToo() {
        run("a", "true");
        run("b", "true");
        run("c", "true");

        assertThatThrownBy(() -> run("d", "true")).isInstanceOf(DomainException.class)
                .hasMessageContaining("limit").extracting(e -> ((DomainException) e).code().value())
                .isEqualTo("sandbox_shell_limit");
        assertThatThrownBy(() -> run("../x", "true")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code().value()).isEqualTo("invalid_shell_name");
        assertThatThrownBy(() -> shells.view(session, "nope")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code().value()).isEqualTo("sandbox_shell_not_found");
    }

    @Test
    void givenShellsWithBackgroundJobs_whenTheSandboxIsDestroyed_thenEveryProcessIsGone() throws Exception {
        run("main", "sleep 300 &");
        run("second", "sleep 300 &");
        assertThat(fixture.processesOf(session)).isGreaterThanOrEqualTo(4);

        fixture.sandbox.destroy(session);

        fixture.awaitNoProcesses(session);
        assertThat(shells.list(session)).isEmpty();
        assertThat(fixture.sandbox.workspaceOf(session)).doesNotExist();
    }

    @Test
    void givenAShortIdleTimeout_thenAnIdleShellIsClosed() throws Exception {
        try (SandboxFixture quick = new SandboxFixture(UnaryOperator.identity(),
                new ShellSessionsConfig(Duration.ofMillis(500), 3, 8 * 1024, Duration.ofSeconds(10)))) {
            quick.sandbox.shells().run(session, new ShellCommand("main", "sleep 300 &", Duration.ofSeconds(10), true),
                    quick.reservation);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!quick.sandbox.shells().list(session).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(quick.sandbox.shells().list(session)).isEmpty();
            quick.awaitNoProcesses(session);
        }
    }
}
