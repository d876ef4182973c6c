package ai.iiagent.bootstrap.wiring;

import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.bootstrap.startup.StartupContribution;
import ai.iiagent.bootstrap.startup.StartupPhase;
import ai.iiagent.port.in.credits.ExpireReservationsCommand;
import ai.iiagent.port.in.credits.ExpireReservationsUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** The reservation expiry job: every interval, holds past their 30 minutes go back to their accounts. */
@ApplicationScoped
public class CreditJobs {

    private static final Logger LOG = Logger.getLogger(CreditJobs.class);
    private static final int BATCH = 500;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("credit-expiry").factory());

    @Produces
    @Singleton
    StartupContribution reservationExpiry(ExpireReservationsUseCase expire, AppConfig config) {
        Duration every = config.credits().expiryInterval();
        return new StartupContribution() {
            @Override
            public StartupPhase phase() {
                return StartupPhase.SCHEDULED_JOBS;
            }

            @Override
            public String name() {
                return "credit reservation expiry (every " + every + ")";
            }

            @Override
            public void start() {
                timer.scheduleWithFixedDelay(() -> run(expire), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            }
        };
    }

    private static void run(ExpireReservationsUseCase expire) {
        try {
            int returned;
            do {
                returned = expire.expire(new ExpireReservationsCommand(BATCH));
                if (returned > 0) {
                    LOG.infof("returned %d expired credit hold(s)", returned);
                }
            } while (returned == BATCH);
        } catch (RuntimeException e) {
            LOG.errorf(e, "the credit expiry job failed; it runs again next interval");
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
