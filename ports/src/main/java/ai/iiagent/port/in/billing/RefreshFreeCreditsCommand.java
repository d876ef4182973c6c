package ai.iiagent.port.in.billing;

import java.time.YearMonth;
import java.util.Objects;

/** The calendar month (UTC) whose free-plan allowance to hand out. */
public record RefreshFreeCreditsCommand(YearMonth period) {

    public RefreshFreeCreditsCommand {
        Objects.requireNonNull(period, "period");
    }
}
