package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A long-lived program's own variables never reach the host-side chain (prlimit, setpriv run as root) or an argv. */
class BubblewrapLaunchTest {

    @Test
    void givenVariablesForTheProgram_thenTheyTravelOnlyInTheStdinPreamble_andTheProgramGetsThemInsideTheSandbox()
            throws Exception {
        try (SandboxFixture fixture = new SandboxFixture()) {
            SessionId session = new SessionId(UUID.randomUUID());
            BubblewrapSandbox.SandboxedLaunch launch = fixture.sandbox.launch(session,
                    List.of("/bin/bash", "-c", "echo \"$TOKEN|${LD_PRELOAD}|$HOME\"; id -u"),
                    Map.of("TOKEN", "s3cret value", "LD_PRELOAD", "/workspace/evil.so"), 30, false);

            assertThat(launch.environment()).containsOnlyKeys("PATH", "HOME", "LANG", "TMPDIR");
            assertThat(String.join(" ", launch.argv())).doesNotContain("s3cret").doesNotContain("evil.so");
            assertThat(new String(launch.stdinPreamble(), StandardCharsets.UTF_8)).contains("TOKEN=s3cret value\0");

            ProcessBuilder builder = new ProcessBuilder(launch.argv());
            builder.environment().clear();
            builder.environment().putAll(launch.environment());
            Process process = builder.start();
            process.getOutputStream().write(launch.stdinPreamble());
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            // LD_PRELOAD pointed at a file that does not exist: set inside the sandbox only, harmless there
            assertThat(out).isEqualTo("s3cret value|/workspace/evil.so|/workspace\n65534\n");
        }
    }
}
