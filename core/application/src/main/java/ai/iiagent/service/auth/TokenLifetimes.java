package ai.iiagent.service.auth;

import java.time.Duration;
import java.util.Objects;

/** How long access and refresh tokens live (defaults: 15 minutes, 7 days). */
public record TokenLifetimes(Duration access, Duration refresh) {

    public TokenLifetimes {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        if (access.isNegative() || access.isZero() || refresh.compareTo(access) <= 0) {
            throw new IllegalArgumentException("need 0 < access lifetime < refresh lifetime");
        }
    }
}
