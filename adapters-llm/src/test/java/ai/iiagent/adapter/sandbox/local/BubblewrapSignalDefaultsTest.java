package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server started as a script's background job ignores SIGINT and SIGQUIT, and its children inherit that: the
 * sandbox's launch chain puts every signal back to its default first (else a shell's Ctrl-C stops nothing).
 */
class BubblewrapSignalDefaultsTest {

    private static final long SIGINT_AND_SIGQUIT = (1L << 1) | (1L << 2); // bits of signals 2 and 3 in SigIgn

    @Test
    void givenAParentIgnoringSigint_thenTheSandboxChainStartsWithItsDefault_whileWithoutTheResetItStaysIgnored()
            throws Exception {
        assertThat(BubblewrapCommandLine.SignalDefaults.PREFIX).as("this host's coreutils resets signals")
                .containsExactly("env", "--default-signal");

        assertThat(ignoredSignalsOf(BubblewrapCommandLine.SignalDefaults.PREFIX) & SIGINT_AND_SIGQUIT).isZero();
        assertThat(ignoredSignalsOf(List.of()) & SIGINT_AND_SIGQUIT).as("the control: inherited when not reset")
                .isEqualTo(SIGINT_AND_SIGQUIT);
    }

    @Test
    void everySandboxLaunchBeginsWithTheReset() {
        BubblewrapSandboxConfig config = BubblewrapSandboxConfig.defaults(java.nio.file.Path.of("/tmp/sandboxes"));
        List<String> shell = BubblewrapCommandLine.shell(config, "bwrap", java.nio.file.Path.of("/tmp"), 100_000);

        assertThat(shell.subList(0, 3)).containsExactly("env", "--default-signal", "prlimit");
    }

    /** SigIgn of a process started by {@code prefix} under a parent shell that ignores SIGINT and SIGQUIT. */
    private static long ignoredSignalsOf(List<String> prefix) throws Exception {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", "trap '' INT QUIT; exec \"$@\"", "sh"));
        argv.addAll(prefix);
        argv.addAll(List.of("sh", "-c", "grep SigIgn /proc/self/status"));
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).isZero();
        return Long.parseLong(out.substring(out.indexOf(':') + 1).trim(), 16);
    }
}
