package ai.iiagent.port.out.auth;

import ai.iiagent.domain.auth.AttemptLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key (a sign-up from an address, a failed sign-in from an address, all sign-ups)
 * in a sliding window given by the caller's {@link AttemptLimit}. Shared by every node when the adapter
 * is shared (Redis); per node otherwise. Keys are opaque to the adapter, which may hash them.
 */
public interface AttemptCounterPort {

    /**
     * Counts one attempt for {@code key} if that keeps it within {@code limit}: empty when counted, else
     * how long until an attempt would be (nothing counted). Atomic: concurrent callers on any node never
     * get more than {@code limit.max()} attempts counted in a window.
     */
    Optional<Duration> tryAcquire(String key, AttemptLimit limit, Instant now);

    /** How long until {@code key} is under {@code limit} again, or empty when it is now; counts nothing. */
    Optional<Duration> blockedFor(String key, AttemptLimit limit, Instant now);

    /** Counts one attempt that already happened (a failure), whatever the limit. */
    void record(String key, AttemptLimit limit, Instant now);
}
