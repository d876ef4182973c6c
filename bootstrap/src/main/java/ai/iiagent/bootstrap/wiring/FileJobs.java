package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.StorageConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.port.in.files.SweepAbandonedUploadsCommand;
import ai.iiagent.port.in.files.SweepAbandonedUploadsUseCase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The abandoned-upload sweep (one node of the cluster at a time): every interval, uploads never completed lose their bytes and rows (S3 or local). */
@ApplicationScoped
public class FileJobs {

    private static final Logger LOG = Logger.getLogger(FileJobs.class);
    private static final int BATCH = 200;

    @Produces
    @Singleton
    StartupContribution abandonedUploadSweep(SweepAbandonedUploadsUseCase sweep, StorageConfig config, ClusterSweeps sweeps) {
        return new ClusterSweep(sweeps, "abandoned upload sweep", config.sweepInterval(), () -> {
            int removed;
            do {
                removed = sweep.sweep(new SweepAbandonedUploadsCommand(BATCH));
                if (removed > 0) {
                    LOG.infof("removed %d abandoned upload(s)", removed);
                }
            } while (removed == BATCH);
        });
    }
}
