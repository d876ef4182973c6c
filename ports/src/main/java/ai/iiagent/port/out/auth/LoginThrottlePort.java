package ai.iiagent.port.out.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (e-mail + client address) in a sliding window configured in the
 * adapter. Shared across nodes when the adapter is shared (Redis); per node otherwise.
 */
public interface LoginThrottlePort {

    /** How long the key must wait before trying again, or empty when it may try now. */
    Optional<Duration> blockedFor(String key, Instant now);

    void recordFailure(String key, Instant now);

    /** After a successful sign-in. */
    void reset(String key);
}
