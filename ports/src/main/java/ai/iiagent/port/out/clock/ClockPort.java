package ai.iiagent.port.out.clock;

import java.time.Instant;

/**
 * The current time. Services never call {@code Instant.now()} themselves, so tests can move time
 * (expiry, refresh windows, rate limits) deterministically.
 */
@FunctionalInterface
public interface ClockPort {

    /** The current instant in UTC, at microsecond precision or coarser (what PostgreSQL stores). */
    Instant now();
}
