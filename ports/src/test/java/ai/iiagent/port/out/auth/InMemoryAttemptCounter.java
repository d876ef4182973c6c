package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.domain.auth.AttemptWindows;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@link AttemptCounterPort} over the domain's sliding windows, for use-case tests. */
public class InMemoryAttemptCounter implements AttemptCounterPort {

    private final AttemptWindows windows = new AttemptWindows();

    @Override
    public Optional<Duration> tryAcquire(String key, AttemptLimit limit, Instant now) {
        return windows.tryAcquire(key, limit, now);
    }

    @Override
    public Optional<Duration> blockedFor(String key, AttemptLimit limit, Instant now) {
        return windows.blockedFor(key, limit, now);
    }

    @Override
    public void record(String key, AttemptLimit limit, Instant now) {
        windows.record(key, limit, now);
    }
}
