package ai.iiagent.adapter.jobs;

import ai.iiagent.port.out.jobs.JobContext;
import ai.iiagent.port.out.jobs.JobHandler;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/** Nodes of a test cluster on the test database, and waiting for what they do. */
final class EngineNodes {

    static final String STEPS = "test-steps";

    private EngineNodes() {
    }

    static JobEngineSettings settings(String cluster, String instanceId) {
        var config = ConfigProvider.getConfig();
        return settings(cluster, instanceId, config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    static JobEngineSettings settings(String cluster, String instanceId, String url, String user, String password) {
        return new JobEngineSettings(cluster, instanceId, 4, Duration.ofMillis(1000), Duration.ofMillis(1000),
                Duration.ofSeconds(5), url, user, password);
    }

    /** A job of {@code steps} steps of {@code stepMillis} each, reporting progress and stopping when cancelled. */
    static JobHandler steps(int steps, long stepMillis) {
        return (JobContext context) -> {
            for (int step = 1; step <= steps; step++) {
                if (context.cancelRequested()) {
                    return;
                }
                Thread.sleep(stepMillis);
                context.progress(step, steps, "step " + step);
            }
        };
    }

    static void await(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + atMost);
            }
            Thread.sleep(50);
        }
    }
}
