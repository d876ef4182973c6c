package ai.iiagent.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable, machine-readable error code in snake_case ({@code session_not_found}). Clients switch
 * on it, so a code once published never changes meaning.
 */
public record ErrorCode(String value) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public ErrorCode {
        Objects.requireNonNull(value, "value");
        if (!SNAKE_CASE.matcher(value).matches()) {
            throw new IllegalArgumentException("error codes are snake_case, got: " + value);
        }
    }

    public static ErrorCode of(String value) {
        return new ErrorCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
