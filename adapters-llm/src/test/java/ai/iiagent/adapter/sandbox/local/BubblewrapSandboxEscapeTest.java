package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.CommandResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Escape probes: each one must fail inside the sandbox (with a positive control where it helps). */
class BubblewrapSandboxEscapeTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenASandbox_whenIdIsAsked_thenItRunsAsNobodyWithoutCapabilities() {
        CommandResult result = fixture.run(session, "id -u; id -g; grep CapEff /proc/self/status");

        assertThat(result.stdout()).startsWith("65534\n65534\n").contains("CapEff:\t0000000000000000");
    }

    @Test
    void givenAHostPortOpenOnLoopback_whenTheSandboxConnects_thenThereIsNoNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1500);
            CommandResult result = fixture.run(session,
                    "echo hi > /dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stdout()).doesNotContain("connected");
            boolean accepted;
            try (var ignored = server.accept()) {
                accepted = true;
            } catch (SocketTimeoutException expected) {
                accepted = false;
            }
            assertThat(accepted).as("the host listener got a connection from the sandbox").isFalse();
        }
        assertThat(fixture.run(session, "getent hosts example.org").exitCode()).isNotZero();
        assertThat(fixture.run(session, "ls /sys/class/net").stdout()).doesNotContain("eth");
    }

    @Test
    void givenASecretUnderRoot_whenTheSandboxReadsIt_thenItIsInvisible() throws Exception {
        Path probe = Path.of("/root", ".ii-agent-probe-" + UUID.randomUUID());
        Files.writeString(probe, "top-secret-marker");
        try {
            CommandResult read = fixture.run(session, "cat " + probe + "; ls -a /root /home; echo done");

            assertThat(read.stdout()).doesNotContain("top-secret-marker").doesNotContain(probe.getFileName().toString())
                    .endsWith("done\n");
            assertThat(read.stderr()).contains("No such file or directory");
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    @Test
    void givenAnotherSessionsWorkspace_whenTheSandboxLooksForIt_thenItCannotReachIt() {
        SessionId other = SessionId.random();
        fixture.run(other, "echo other-secret > secret.txt");
        Path otherWorkspace = fixture.sandbox.workspaceOf(other);

        CommandResult result = fixture.run(session, "cat " + otherWorkspace + "/secret.txt; ls " + fixture.root
                + "; cat ../" + other + "/secret.txt; ls /workspace");

        assertThat(result.stdout()).doesNotContain("other-secret").doesNotContain(other.toString());
        assertThat(fixture.run(other, "cat secret.txt").stdout()).isEqualTo("other-secret\n");
    }

    @Test
    void givenTheSystemDirectories_whenTheSandboxWritesThere_thenOnlyWorkspaceAndTmpAreWritable() {
        for (String target : new String[] {"/usr/x", "/etc/x", "/x", "/usr/bin/x", "/proc/x"}) {
            CommandResult result = fixture.run(session, "touch " + target);
            assertThat(result.exitCode()).as("touch " + target).isNotZero();
        }
        assertThat(Path.of("/usr/x")).doesNotExist();
        assertThat(Path.of("/etc/x")).doesNotExist();
        assertThat(fixture.run(session, "touch /workspace/ok /tmp/ok").exitCode()).isZero();
    }

    @Test
    void givenAForkBomb_whenRun_thenItStaysUnderTheProcessLimitAndTheHostStaysUsable() throws Exception {
        CompletableFuture<CommandResult> bomb = CompletableFuture.supplyAsync(
                () -> fixture.run(session, ":(){ :|:& };:; sleep 30", Duration.ofSeconds(3), 4096));
        long most = 0;
        while (!bomb.isDone()) {
            most = Math.max(most, fixture.processesOf(session));
            Thread.sleep(50);
        }

        assertThat(most).as("the bomb ran").isGreaterThan(10);
        assertThat(most).as("processes of the sandbox uid at once").isLessThanOrEqualTo(64);
        assertThat(bomb.get().timedOut()).isTrue();
        assertThat(bomb.get().duration()).isLessThan(Duration.ofSeconds(10));
        fixture.awaitNoProcesses(session);
        Process host = new ProcessBuilder("true").start();
        assertThat(host.waitFor()).isZero();
        assertThat(fixture.run(session, "echo alive").stdout()).isEqualTo("alive\n");
    }

    @Test
    void givenAMemoryLimit_whenACommandAllocatesFarBeyondIt_thenTheAllocationFails() {
        CommandResult small = fixture.run(session, "x=$(head -c 10000000 /dev/zero | tr '\\0' a); echo ${#x}");
        CommandResult huge = fixture.run(session, "x=$(head -c 2000000000 /dev/zero | tr '\\0' a); echo ${#x}",
                Duration.ofSeconds(30), 4096);

        assertThat(small.stdout()).isEqualTo("10000000\n");
        assertThat(huge.timedOut()).isFalse();
        assertThat(huge.exitCode()).isNotZero();
        assertThat(huge.stdout()).doesNotContain("2000000000");
    }
}
