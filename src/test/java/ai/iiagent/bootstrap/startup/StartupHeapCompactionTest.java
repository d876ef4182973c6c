package ai.iiagent.bootstrap.startup;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.bootstrap.config.AppSettings;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class StartupHeapCompactionTest {

    @Test
    void givenCompactionOn_thenGarbageLeftByStartUpIsCollectedAndTheHeapReported() {
        WeakReference<byte[]> startUpGarbage = new WeakReference<>(new byte[1024 * 1024]);

        String outcome = new StartupHeapCompaction(settings(true)).run();

        assertThat(startUpGarbage.get()).as("unreachable start-up data is gone after the collection").isNull();
        assertThat(outcome).matches("heap \\d+ MiB committed before, \\d+ MiB after, \\d+ MiB in use \\(\\d+ ms\\)");
    }

    @Test
    void givenCompactionOff_thenItSaysSoAndLeavesTheHeapAlone() {
        String outcome = new StartupHeapCompaction(settings(false)).run();

        assertThat(outcome).isEqualTo("skipped (APP_COMPACT_HEAP_AT_START=false)");
    }

    private static AppSettings settings(boolean compactHeapAtStart) {
        return new AppSettings("data", "http://localhost:8080", false, false, compactHeapAtStart);
    }
}
