package ai.iiagent.domain.auth;

import java.time.Duration;
import java.util.Objects;

/** At most {@code max} attempts in any sliding {@code window}. */
public record AttemptLimit(int max, Duration window) {

    public AttemptLimit {
        Objects.requireNonNull(window, "window");
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("an attempt limit needs max >= 1 and a positive window, got "
                    + max + " per " + window);
        }
    }
}
