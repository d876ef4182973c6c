package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.port.in.credits.ExpireReservationsCommand;
import ai.iiagent.port.in.credits.ExpireReservationsUseCase;
import ai.iiagent.port.out.jobs.ClusterSweeps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The reservation expiry sweep (one node of the cluster at a time): every interval, holds past their 30 minutes go back to their accounts. */
@ApplicationScoped
public class CreditJobs {

    private static final Logger LOG = Logger.getLogger(CreditJobs.class);
    private static final int BATCH = 500;

    @Produces
    @Singleton
    StartupContribution reservationExpiry(ExpireReservationsUseCase expire, AppConfig config, ClusterSweeps sweeps) {
        return new ClusterSweep(sweeps, "credit reservation expiry", config.credits().expiryInterval(), () -> {
            int returned;
            do {
                returned = expire.expire(new ExpireReservationsCommand(BATCH));
                if (returned > 0) {
                    LOG.infof("returned %d expired credit hold(s)", returned);
                }
            } while (returned == BATCH);
        });
    }
}
