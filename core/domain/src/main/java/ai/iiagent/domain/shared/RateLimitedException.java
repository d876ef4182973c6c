package ai.iiagent.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** The caller sent too much too fast; {@link #retryAfter()} says when trying again makes sense. */
public non-sealed class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
