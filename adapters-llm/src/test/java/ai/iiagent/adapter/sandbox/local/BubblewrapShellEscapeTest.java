package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellOutput;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The escape probes of {@link BubblewrapSandboxEscapeTest}, inside a long-lived shell: they must fail there too. */
class BubblewrapShellEscapeTest {

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    private ShellOutput run(String command) {
        return fixture.sandbox.shells().run(session, new ShellCommand("probe", command, Duration.ofSeconds(20), true),
                fixture.reservation);
    }

    @Test
    void givenAPersistentShell_thenItRunsAsNobodyWithoutCapabilitiesInTheWorkspace() {
        assertThat(run("id -u; id -g; grep CapEff /proc/self/status; pwd").output())
                .isEqualTo("65534\n65534\nCapEff:\t0000000000000000\n/workspace\n");
    }

    @Test
    void givenAHostPortOpenOnLoopback_whenTheShellConnects_thenThereIsNoNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1500);
            ShellOutput result = run("echo hi > /dev/tcp/127.0.0.1/" + server.getLocalPort() + " && echo connected");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).doesNotContain("connected");
            boolean accepted;
            try (var ignored = server.accept()) {
                accepted = true;
            } catch (SocketTimeoutException expected) {
                accepted = false;
            }
            assertThat(accepted).as("the host listener got a connection from the shell").isFalse();
        }
        assertThat(run("getent hosts example.org").exitCode()).isNotZero();
        assertThat(run("ls /sys/class/net").output()).doesNotContain("eth");
    }

    @Test
    void givenASecretUnderRoot_whenTheShellReadsIt_thenItIsInvisible() throws Exception {
        Path probe = Path.of("/root", ".ii-agent-shell-probe-" + UUID.randomUUID());
        Files.writeString(probe, "top-secret-marker");
        try {
            ShellOutput read = run("cat " + probe + "; ls -a /root /home; cd /root; echo done");

            assertThat(read.output()).doesNotContain("top-secret-marker")
                    .contains("cannot access '/root': No such file or directory").endsWith("done\n");
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    @Test
    void givenTheSystemDirectories_whenTheShellWritesThere_thenOnlyWorkspaceAndTmpAreWritable() {
        for (String target : new String[] {"/usr/x", "/etc/x", "/x", "/usr/bin/x", "/proc/x"}) {
            assertThat(run("touch " + target).exitCode()).as("touch " + target).isNotZero();
        }
        assertThat(Path.of("/usr/x")).doesNotExist();
        assertThat(Path.of("/etc/x")).doesNotExist();
        assertThat(run("touch /workspace/ok /tmp/ok && echo wrote").output()).isEqualTo("wrote\n");
        assertThat(fixture.sandbox.workspaceOf(session).resolve("ok")).exists();
    }

    @Test
    void givenAnotherSessionsWorkspace_whenTheShellLooksForIt_thenItCannotReachIt() {
        SessionId other = SessionId.random();
        fixture.run(other, "echo other-secret > secret.txt");

        ShellOutput result = run("cat " + fixture.sandbox.workspaceOf(other) + "/secret.txt; cat ../" + other
                + "/secret.txt; ls " + fixture.root + "; echo end");

        assertThat(result.output()).doesNotContain("other-secret").endsWith("end\n");
    }
}
