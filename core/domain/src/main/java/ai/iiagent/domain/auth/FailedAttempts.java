package ai.iiagent.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding-window count of failures per key: after {@code maxFailures} inside {@code window}, the key
 * waits until the oldest of them leaves the window. Thread-safe; state lives in memory.
 */
public final class FailedAttempts {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public FailedAttempts(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need maxFailures >= 1 and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public synchronized Optional<Duration> blockedFor(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        recent.removeIf(at -> !at.isAfter(now.minus(window)));
        if (recent.isEmpty()) {
            failures.remove(key);
        }
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }

    public synchronized void record(String key, Instant now) {
        failures.computeIfAbsent(key, ignored -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void clear(String key) {
        failures.remove(key);
    }
}
