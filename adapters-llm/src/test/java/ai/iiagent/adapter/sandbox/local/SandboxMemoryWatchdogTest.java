package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.CommandResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-sandbox memory budget: processes each under RLIMIT_AS but over the budget together are all killed. */
class SandboxMemoryWatchdogTest {

    private static final long MIB = 1024L * 1024L;

    private final SandboxFixture fixture = new SandboxFixture();
    private final SessionId hog = SessionId.random();
    private final SessionId modest = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenThreeProcessesOverTheBudgetTogether_thenAllAreKilled_whileAnotherSandboxUnderItRunsOn() throws Exception {
        try (SandboxMemoryWatchdog watchdog = fixture.sandbox.watchMemory(200 * MIB, Duration.ofMillis(200))) {
            CompletableFuture<CommandResult> small = CompletableFuture.supplyAsync(() -> fixture.run(modest,
                    "x=$(head -c 30000000 /dev/zero | tr '\\0' a); sleep 4; echo fine ${#x}", Duration.ofSeconds(25), 1024));
            CommandResult big = fixture.run(hog, "for i in 1 2 3; do (x=$(head -c 120000000 /dev/zero | tr '\\0' a);"
                    + " sleep 20) & done; wait; echo survived", Duration.ofSeconds(25), 1024);

            assertThat(big.stdout()).doesNotContain("survived");
            assertThat(big.timedOut()).as("killed by the watchdog, not by the timeout").isFalse();
            assertThat(big.exitCode()).isNotZero();
            assertThat(small.get().stdout()).isEqualTo("fine 30000000\n");
        }
    }
}
