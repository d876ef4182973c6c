package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.domain.tasks.LeaseTerms;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.in.tasks.RenewRunLeasesUseCase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The two jobs of run leases: renewing the leases of the runs this node drives (on every node), and failing the runs
 * whose lease lapsed (their node died) with their credit holds returned (a cluster sweep, one node at a time).
 */
@ApplicationScoped
public class RunLeaseJobs {

    private static final Logger LOG = Logger.getLogger(RunLeaseJobs.class);

    private PeriodicJob renewal;

    @Produces
    @Singleton
    StartupContribution runLeaseRenewal(RenewRunLeasesUseCase renew, LeaseTerms terms) {
        renewal = new PeriodicJob("run lease renewal", "run-lease-renewal", terms.renewEvery(), renew::renew);
        return renewal;
    }

    @Produces
    @Singleton
    StartupContribution staleRunRecovery(RecoverInterruptedRunsUseCase recover, AppConfig config, ClusterSweeps sweeps) {
        return new ClusterSweep(sweeps, "stale-run recovery", config.runs().staleCheckInterval(), () -> {
            int recovered = recover.recover(new RecoverInterruptedRunsCommand("the stale-run job"));
            if (recovered > 0) {
                LOG.infof("stale-run recovery: %d run(s) whose node stopped marked failed", recovered);
            }
        });
    }

    @PreDestroy
    void stop() {
        if (renewal != null) {
            renewal.close();
        }
    }
}
