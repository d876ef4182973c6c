package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.StorageConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.files.SweepAbandonedUploadsCommand;
import ai.iiagent.port.in.files.SweepAbandonedUploadsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** The abandoned-upload sweep: every interval, uploads never completed lose their bytes and rows (S3 or local). */
@ApplicationScoped
public class FileJobs {

    private static final Logger LOG = Logger.getLogger(FileJobs.class);
    private static final int BATCH = 200;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("upload-sweep").factory());

    @Produces
    @Singleton
    StartupContribution abandonedUploadSweep(SweepAbandonedUploadsUseCase sweep, StorageConfig config) {
        Duration every = config.sweepInterval();
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "abandoned upload sweep (every " + every + ")";
            }

            @Override
            public void start() {
                timer.scheduleWithFixedDelay(() -> run(sweep), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            }
        };
    }

    private static void run(SweepAbandonedUploadsUseCase sweep) {
        try {
            int removed;
            do {
                removed = sweep.sweep(new SweepAbandonedUploadsCommand(BATCH));
                if (removed > 0) {
                    LOG.infof("removed %d abandoned upload(s)", removed);
                }
            } while (removed == BATCH);
        } catch (RuntimeException e) {
            LOG.errorf(e, "the abandoned upload sweep failed; it runs again next interval");
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
