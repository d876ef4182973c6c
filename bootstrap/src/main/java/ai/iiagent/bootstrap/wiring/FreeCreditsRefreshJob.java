package ai.iiagent.bootstrap.wiring;

import ai.iiagent.port.in.billing.FreeCreditsRefresh;
import ai.iiagent.port.in.billing.RefreshFreeCreditsCommand;
import ai.iiagent.port.in.billing.RefreshFreeCreditsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * The scheduled trigger of the free-plan refresh (cron {@code billing.free-refresh-cron}, UTC).
 * It runs daily rather than on the 1st only, so a server that was down then still refreshes; the
 * use case skips users already refreshed this month.
 */
@ApplicationScoped
public class FreeCreditsRefreshJob {

    private static final Logger LOG = Logger.getLogger(FreeCreditsRefreshJob.class);

    private final RefreshFreeCreditsUseCase refresh;
    private final ClockPort clock;

    public FreeCreditsRefreshJob(RefreshFreeCreditsUseCase refresh, ClockPort clock) {
        this.refresh = refresh;
        this.clock = clock;
    }

    @Scheduled(identity = "free-credits-refresh", cron = "{billing.free-refresh-cron}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        YearMonth period = YearMonth.from(clock.now().atZone(ZoneOffset.UTC));
        FreeCreditsRefresh done = refresh.refresh(new RefreshFreeCreditsCommand(period));
        LOG.infof("free-credits refresh %s: %d free user(s) checked, %d refreshed now, %s credits granted",
                period, done.usersChecked(), done.usersRefreshed(), done.granted());
    }
}
