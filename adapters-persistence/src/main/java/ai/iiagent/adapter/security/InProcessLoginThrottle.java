package ai.iiagent.adapter.security;

import ai.iiagent.domain.auth.FailedAttempts;
import ai.iiagent.port.out.auth.LoginThrottlePort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Per-node {@link LoginThrottlePort} for a single node; {@link RedisLoginThrottle} shares the count across nodes. */
public final class InProcessLoginThrottle implements LoginThrottlePort {

    private final FailedAttempts failures;

    public InProcessLoginThrottle(int maxFailures, Duration window) {
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
