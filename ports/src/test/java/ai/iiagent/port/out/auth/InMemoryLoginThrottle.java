package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.FailedAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@link LoginThrottlePort} over the domain's sliding window, for use-case tests. */
public class InMemoryLoginThrottle implements LoginThrottlePort {

    private final FailedAttempts failures;

    public InMemoryLoginThrottle(int maxFailures, Duration window) {
        this.failures = new FailedAttempts(maxFailures, window);
    }

    @Override
    public Optional<Duration> blockedFor(String key, Instant now) {
        return failures.blockedFor(key, now);
    }

    @Override
    public void recordFailure(String key, Instant now) {
        failures.record(key, now);
    }

    @Override
    public void reset(String key) {
        failures.clear(key);
    }
}
