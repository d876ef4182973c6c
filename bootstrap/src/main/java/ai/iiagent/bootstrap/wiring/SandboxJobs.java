package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.sandboxes.SandboxSweepReport;
import ai.iiagent.port.in.sandboxes.SweepSandboxesCommand;
import ai.iiagent.port.in.sandboxes.SweepSandboxesUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** The sandbox maintenance job: every interval, expired and orphaned sandboxes go, idle ones pause. */
@ApplicationScoped
public class SandboxJobs {

    private static final Logger LOG = Logger.getLogger(SandboxJobs.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sandbox-sweeper").factory());

    @Produces
    @Singleton
    StartupContribution sandboxSweeper(SweepSandboxesUseCase sweep, AppConfig config) {
        Duration every = config.sandbox().lifecycle().sweepInterval();
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return every.isZero() ? "sandbox maintenance (off)" : "sandbox maintenance (every " + every + ")";
            }

            @Override
            public void start() {
                if (!every.isZero() && !every.isNegative()) {
                    timer.scheduleWithFixedDelay(() -> run(sweep), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        };
    }

    static void run(SweepSandboxesUseCase sweep) {
        try {
            SandboxSweepReport report = sweep.sweep(new SweepSandboxesCommand());
            if (report.total() > 0 || report.failed() > 0) {
                LOG.infof("sandboxes: %d expired, %d of deleted sessions, %d paused idle, %d strays removed, %d failed",
                        report.expired(), report.orphaned(), report.paused(), report.strays(), report.failed());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "the sandbox maintenance job failed; it runs again next interval");
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
