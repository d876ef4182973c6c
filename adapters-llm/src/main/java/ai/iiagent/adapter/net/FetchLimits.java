package ai.iiagent.adapter.net;

import java.time.Duration;

/** Bounds of one guarded fetch: connect time, total time (all hops and the body), body bytes, redirects. */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
                          String userAgent) {

    public FetchLimits {
        if (maxBodyBytes < 1 || maxRedirects < 0 || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }
}
