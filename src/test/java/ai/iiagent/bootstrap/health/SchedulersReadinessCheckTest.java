package ai.iiagent.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executor;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class SchedulersReadinessCheckTest {

    private static final Executor RUNS = Runnable::run;
    private static final Executor NEVER_RUNS = task -> { };

    @Test
    void givenBothSchedulersRunNewWork_thenUp() {
        HealthCheckResponse response = new SchedulersReadinessCheck(RUNS, RUNS).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void givenVirtualThreadsStarved_thenDown_andTheDataSaysWhich() {
        HealthCheckResponse response = new SchedulersReadinessCheck(NEVER_RUNS, RUNS).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("virtual_threads").toString()).startsWith("DOWN");
        assertThat(response.getData().orElseThrow().get("event_loop")).isEqualTo("UP");
    }

    @Test
    void givenTheEventLoopBlocked_thenDown() {
        assertThat(new SchedulersReadinessCheck(RUNS, NEVER_RUNS).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}
