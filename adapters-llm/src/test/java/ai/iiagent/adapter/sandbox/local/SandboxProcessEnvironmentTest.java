package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sandboxes.Terminal;
import ai.iiagent.domain.sandboxes.TerminalSize;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.ShellCommand;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every path that starts a sandbox process (one-off command, persistent shell, terminal, long-lived
 * launch as MCP stdio uses it) leaves nothing of the server's environment in any {@code /proc/<pid>/environ}
 * visible inside the sandbox: the build runs this JVM with a canary variable (see the root pom).
 */
class SandboxProcessEnvironmentTest {

    private static final String CANARY_NAME = "IIAGENT_CANARY_SECRET";
    // Prints every environment the sandbox can see, one variable per line; the sandbox's own HOME proves some were read.
    private static final String DUMP = "for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < \"$f\"; echo; done 2>/dev/null;"
            + " echo END-OF-DUMP";

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId session = SessionId.random();

    @BeforeAll
    static void theServerHasACanary() {
        assertThat(System.getenv(CANARY_NAME)).as("the build sets " + CANARY_NAME + " for this JVM").isNotBlank();
    }

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenAOneOffCommand_whenItReadsEveryVisibleEnviron_thenNothingOfTheServersIsThere() {
        assertHoldsNothingOfTheServer(fixture.run(session, DUMP).stdout());
    }

    @Test
    void givenAPersistentShell_whenItReadsEveryVisibleEnviron_thenNothingOfTheServersIsThere() {
        String output = fixture.sandbox.shells().run(session, new ShellCommand("main", DUMP, Duration.ofSeconds(20), true),
                fixture.reservation).output();

        assertHoldsNothingOfTheServer(output);
    }

    @Test
    void givenATerminal_whenItReadsEveryVisibleEnviron_thenNothingOfTheServersIsThere() throws Exception {
        fixture.sandbox.ensure(session, fixture.reservation);
        TerminalScreen screen = new TerminalScreen();
        Terminal terminal = fixture.sandbox.terminals().open(session, TerminalSize.DEFAULT, screen);
        terminal.input(DUMP + "; echo DUMP-DONE$((2 + 3))\n"); // the terminal echoes the line: wait for the sum

        String shown = screen.await("DUMP-DONE5");
        terminal.close();

        assertHoldsNothingOfTheServer(shown.replace("\r\n", "\n"));
    }

    @Test
    void givenALongLivedLaunch_whenItReadsEveryVisibleEnviron_thenNothingOfTheServersIsThere() throws Exception {
        BubblewrapSandbox.SandboxedLaunch launch = fixture.sandbox.launch(session, List.of("/bin/bash", "-c", DUMP),
                Map.of("MCP_TOKEN", "for-the-server"), 10, false);
        Process process = SandboxProcesses.start(new ProcessBuilder(launch.argv()).redirectErrorStream(true),
                launch.environment());
        process.getOutputStream().write(launch.stdinPreamble());
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();

        String dump = out.toString(StandardCharsets.UTF_8);
        assertHoldsNothingOfTheServer(dump);
        assertThat(dump).contains("MCP_TOKEN=for-the-server");
    }

    private static void assertHoldsNothingOfTheServer(String dump) {
        assertThat(dump).as("the dump ran and read the sandbox's own environment").contains("END-OF-DUMP")
                .contains("HOME=/workspace");
        assertThat(dump).doesNotContain(CANARY_NAME).doesNotContain(System.getenv(CANARY_NAME));
        for (String name : List.of("JAVA_HOME", "MAVEN_HOME", "MAVEN_PROJECTBASEDIR", "PWD=" + System.getProperty("user.dir"))) {
            assertThat(dump).as("nothing of the server's environment").doesNotContain(name);
        }
    }
}
