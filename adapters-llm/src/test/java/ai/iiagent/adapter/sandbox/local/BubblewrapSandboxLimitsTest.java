package ai.iiagent.adapter.sandbox.local;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.CommandResult;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BubblewrapSandboxLimitsTest {

    private final SandboxFixture fixture = new SandboxFixture(cfg -> new BubblewrapSandboxConfig(cfg.root(), cfg.bwrap(),
            1, cfg.memoryBytes(), cfg.maxProcesses(), 1024 * 1024, cfg.tmpBytes(), cfg.hostUidBase(), cfg.hostUidCount()));
    private final SessionId session = SessionId.random();

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void givenACpuTimeLimit_whenACommandSpins_thenTheKernelStopsItBeforeTheWallClockTimeout() {
        CommandResult result = fixture.run(session, "while :; do :; done", Duration.ofSeconds(30), 1024);

        assertThat(result.timedOut()).isFalse();
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void givenAFileSizeLimit_whenACommandWritesABiggerFile_thenTheWriteFails() {
        CommandResult big = fixture.run(session, "head -c 3000000 /dev/zero > big; stat -c %s big");
        CommandResult small = fixture.run(session, "head -c 1000 /dev/zero > small; stat -c %s small");

        assertThat(big.stdout().trim()).isEqualTo("1048576");
        assertThat(big.stderr()).containsIgnoringCase("file size");
        assertThat(small.stdout()).isEqualTo("1000\n");
    }
}
