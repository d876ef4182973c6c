package ai.iiagent.port.out.jobs;

import java.time.Duration;

/**
 * How often a job is tried when it fails with a {@link RetryableJobFailure} (a provider's 5xx, a timeout), and how
 * long it waits before each new try: {@code firstDelay}, then multiplied by {@code factor} each time, capped at
 * {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, double factor, Duration maxDelay) {

    /** Three tries, 10 s then 30 s apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(5));

    /** One try only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || maxDelay.isNegative() || factor < 1.0) {
            throw new IllegalArgumentException("delays must not be negative and factor at least 1");
        }
    }

    /** The wait before try number {@code nextAttempt} (2 for the first retry). */
    public Duration delayBefore(int nextAttempt) {
        double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, nextAttempt - 2));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }
}
