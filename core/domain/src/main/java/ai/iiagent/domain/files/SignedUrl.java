package ai.iiagent.domain.files;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** A time-limited URL that grants one method on one object. */
public record SignedUrl(URI url, String method, Instant expiresAt) {

    public SignedUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
