package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A scheduled job started with the other scheduled jobs: {@code task} runs every {@code every} on its own
 * daemon thread; a failure is logged and the job runs again next interval. {@link #close()} stops it.
 */
final class PeriodicJob implements StartupContribution, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration every;
    private final Runnable task;
    private final ScheduledExecutorService timer;

    PeriodicJob(String name, String threadName, Duration every, Runnable task) {
        this.name = name;
        this.every = every;
        this.task = task;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
    }

    @Override
    public StartupPhase phase() {
        return StartupPhase.SCHEDULED_JOBS;
    }

    @Override
    public String name() {
        return name + " (every " + every + ")";
    }

    @Override
    public void start() {
        timer.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the %s failed; it runs again next interval", name);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
