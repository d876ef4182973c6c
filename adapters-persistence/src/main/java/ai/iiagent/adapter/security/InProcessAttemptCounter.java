package ai.iiagent.adapter.security;

import ai.iiagent.domain.auth.AttemptLimit;
import ai.iiagent.domain.auth.AttemptWindows;
import ai.iiagent.port.out.auth.AttemptCounterPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Per-node {@link AttemptCounterPort} for a single node; {@link RedisAttemptCounter} shares the counts across nodes. */
public final class InProcessAttemptCounter implements AttemptCounterPort {

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
