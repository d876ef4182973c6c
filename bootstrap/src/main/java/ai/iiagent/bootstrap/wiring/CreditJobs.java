package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.port.in.credits.ExpireReservationsCommand;
import ai.iiagent.port.in.credits.ExpireReservationsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The reservation expiry job: every interval, holds past their 30 minutes go back to their accounts. */
@ApplicationScoped
public class CreditJobs {

    private static final Logger LOG = Logger.getLogger(CreditJobs.class);
    private static final int BATCH = 500;

    private PeriodicJob job;

    @Produces
    @Singleton
    StartupContribution reservationExpiry(ExpireReservationsUseCase expire, AppConfig config) {
        job = new PeriodicJob("credit reservation expiry", "credit-expiry", config.credits().expiryInterval(), () -> {
            int returned;
            do {
                returned = expire.expire(new ExpireReservationsCommand(BATCH));
                if (returned > 0) {
                    LOG.infof("returned %d expired credit hold(s)", returned);
                }
            } while (returned == BATCH);
        });
        return job;
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.close();
        }
    }
}
