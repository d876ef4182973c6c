package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.TokenUsage;
import java.math.BigDecimal;
import java.util.Objects;

/** The real cost of a finished call (zero for a free or BYOK call) and what it used. */
public record SettleReservationCommand(ReservationId reservationId, Credits actual, TokenUsage tokens, BigDecimal usd,
                                       boolean byok) {

    public SettleReservationCommand {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(actual, "actual");
        tokens = tokens == null ? TokenUsage.NONE : tokens;
        usd = usd == null ? BigDecimal.ZERO : usd;
        if (actual.isNegative()) {
            throw new IllegalArgumentException("an actual cost is never negative");
        }
    }
}
