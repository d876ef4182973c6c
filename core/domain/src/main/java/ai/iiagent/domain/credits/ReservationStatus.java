package ai.iiagent.domain.credits;

import java.util.Arrays;
import java.util.Locale;

/** Every reservation is in exactly one of these; only {@link #HELD} ever changes. */
public enum ReservationStatus {
    HELD, SETTLED, RELEASED, EXPIRED, SETTLEMENT_FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReservationStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reservation status: " + code));
    }
}
