package ai.iiagent.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding-window attempt counts per key, in memory and thread-safe. A key keeps at most its limit's
 * {@code max} most recent attempts (enough to decide), and keys whose attempts all left their window
 * are swept now and then, so a flood of distinct keys cannot grow the map without bound.
 */
public final class AttemptWindows {

    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Entry> entries = new HashMap<>();
    private int operations;

    /** Counts one attempt unless the limit is reached; empty when counted, else the wait until it would be. */
    public synchronized Optional<Duration> tryAcquire(String key, AttemptLimit limit, Instant now) {
        Optional<Duration> wait = blockedFor(key, limit, now);
        if (wait.isEmpty()) {
            record(key, limit, now);
        }
        return wait;
    }

    /** The wait until {@code key} is under its limit again, or empty when it is under it now. */
    public synchronized Optional<Duration> blockedFor(String key, AttemptLimit limit, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        entry.dropBefore(now.minus(limit.window()));
        if (entry.times.size() < limit.max()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.times.peekFirst().plus(limit.window())));
    }

    /** Counts one attempt whatever the limit (a failure that already happened). */
    public synchronized void record(String key, AttemptLimit limit, Instant now) {
        sweepNowAndThen(now);
        Entry entry = entries.computeIfAbsent(key, ignored -> new Entry(limit.window()));
        entry.times.addLast(now);
        while (entry.times.size() > limit.max()) {
            entry.times.removeFirst();
        }
    }

    /** Forgets {@code key}'s attempts. */
    public synchronized void clear(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private void sweepNowAndThen(Instant now) {
        if (++operations % SWEEP_EVERY != 0) {
            return;
        }
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.times.isEmpty() || !entry.times.peekLast().plus(entry.window).isAfter(now)) {
                it.remove();
            }
        }
    }

    private static final class Entry {
        private final Duration window;
        private final Deque<Instant> times = new ArrayDeque<>();

        private Entry(Duration window) {
            this.window = window;
        }

        private void dropBefore(Instant windowStart) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.removeFirst();
            }
        }
    }
}
