package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.port.in.sandboxes.SandboxSweepReport;
import ai.iiagent.port.in.sandboxes.SweepSandboxesCommand;
import ai.iiagent.port.in.sandboxes.SweepSandboxesUseCase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The sandbox maintenance sweep (one node of the cluster at a time): every interval, expired and orphaned sandboxes
 * go, idle ones pause.
 */
@ApplicationScoped
public class SandboxJobs {

    private static final Logger LOG = Logger.getLogger(SandboxJobs.class);

    @Produces
    @Singleton
    StartupContribution sandboxSweeper(SweepSandboxesUseCase sweep, AppConfig config, ClusterSweeps sweeps) {
        return new ClusterSweep(sweeps, "sandbox maintenance", config.sandbox().lifecycle().sweepInterval(), () -> run(sweep));
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
}
