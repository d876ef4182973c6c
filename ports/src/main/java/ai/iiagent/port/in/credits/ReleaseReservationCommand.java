package ai.iiagent.port.in.credits;

import ai.iiagent.domain.credits.ReservationId;
import java.util.Objects;

/** Give back a whole hold: the call failed or was cancelled before it cost anything measurable. */
public record ReleaseReservationCommand(ReservationId reservationId) {

    public ReleaseReservationCommand {
        Objects.requireNonNull(reservationId, "reservationId");
    }
}
