package ai.iiagent.domain.credits;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link CreditReservation}. */
public record ReservationId(UUID value) {

    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    public static ReservationId random() {
        return new ReservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
