package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import java.time.Duration;

/**
 * A periodic sweep started with the other scheduled jobs on the job engine: every node registers it, one node of the
 * cluster runs it each interval, never two at once. A zero interval turns it off.
 */
final class ClusterSweep implements StartupContribution {

    private final ClusterSweeps sweeps;
    private final String name;
    private final Duration every;
    private final Runnable task;

    ClusterSweep(ClusterSweeps sweeps, String name, Duration every, Runnable task) {
        this.sweeps = sweeps;
        this.name = name;
        this.every = every;
        this.task = task;
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.SCHEDULED_JOBS;
    }

    @Override
    public String name() {
        return every.isZero() || every.isNegative() ? name + " (off)" : name + " (every " + every + ", one node at a time)";
    }

    @Override
    public void start() {
        if (!every.isZero() && !every.isNegative()) {
            sweeps.schedule(name, every, task);
        }
    }
}
