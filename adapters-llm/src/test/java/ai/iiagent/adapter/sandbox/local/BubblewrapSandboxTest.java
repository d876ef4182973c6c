package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BubblewrapSandboxTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenACommand_whenRun_thenItsOutputAndExitCodeComeBack() {
        CommandResult result = fixture.run(session, "echo hello; echo oops >&2; exit 7");

        assertThat(result.stdout()).isEqualTo("hello\n");
        assertThat(result.stderr()).isEqualTo("oops\n");
        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.timedOut()).isFalse();
        assertThat(result.outputTruncated()).isFalse();
        assertThat(fixture.run(session, "true").succeeded()).isTrue();
    }

    @Test
    void givenAFileWrittenByOneCommand_whenTheNextCommandRuns_thenItSeesTheFile() {
        assertThat(fixture.run(session, "mkdir -p out && echo state > out/a.txt").exitCode()).isZero();

        assertThat(fixture.run(session, "pwd; cat out/a.txt").stdout()).isEqualTo("/workspace\nstate\n");
        assertThat(new String(fixture.sandbox.readFile(session, "out/a.txt", fixture.reservation), StandardCharsets.UTF_8))
                .isEqualTo("state\n");
    }

    @Test
    void givenAFileWrittenThroughThePort_whenACommandRuns_thenItCanReadAndChangeIt() {
        fixture.sandbox.writeFile(session, "src/hello.sh", "echo from-file".getBytes(StandardCharsets.UTF_8),
                fixture.reservation);

        CommandResult result = fixture.run(session, "bash src/hello.sh && echo more >> src/hello.sh && touch src/new");

        assertThat(result.stdout()).isEqualTo("from-file\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void givenASlowCommand_whenTheTimeoutPasses_thenItIsKilledQuicklyAndNothingIsLeft() throws Exception {
        CommandResult result = fixture.run(session, "sleep 30 & sleep 30; echo never", Duration.ofSeconds(1), 1024);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.stdout()).doesNotContain("never");
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(6));
        fixture.awaitNoProcesses(session);
    }

    @Test
    void givenMoreOutputThanTheLimit_whenRun_thenItIsCutAtTheLimitAndFlagged() {
        CommandResult result = fixture.run(session, "head -c 200000 /dev/zero | tr '\\0' a", Duration.ofSeconds(20), 1000);

        assertThat(result.stdout()).hasSize(1000).matches("a+");
        assertThat(result.outputTruncated()).isTrue();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void givenASession_whenEnsuredAndDestroyed_thenStatusFollowsAndTheWorkspaceIsGone() {
        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.ABSENT);
        assertThat(fixture.sandbox.ensure(session, fixture.reservation).status()).isEqualTo(SandboxStatus.RUNNING);
        fixture.run(session, "echo x > f");
        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.RUNNING);

        fixture.sandbox.destroy(session);

        assertThat(fixture.sandbox.status(session)).isEqualTo(SandboxStatus.ABSENT);
        assertThat(fixture.sandbox.workspaceOf(session)).doesNotExist();
    }

    @Test
    void givenNoBubblewrap_whenRun_thenSandboxUnavailableAndNothingRuns() throws Exception {
        try (SandboxFixture missing = new SandboxFixture(cfg -> new BubblewrapSandboxConfig(cfg.root(),
                "/nonexistent/bwrap", cfg.cpuSeconds(), cfg.memoryBytes(), cfg.maxProcesses(), cfg.maxFileBytes(),
                cfg.tmpBytes(), cfg.hostUidBase(), cfg.hostUidCount()))) {
            assertThatThrownBy(() -> missing.run(session, "touch ran"))
                    .isInstanceOf(ServiceUnavailableException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code().value()).isEqualTo("sandbox_unavailable"));
            assertThat(missing.sandbox.workspaceOf(session).resolve("ran")).doesNotExist();
        }
    }
}
