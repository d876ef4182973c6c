package ai.iiagent.domain.auth;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/**
 * A plain-text password on its way to the hasher: 8 to 128 characters (NIST SP 800-63B: length,
 * not composition rules). {@link #toString()} never reveals it, so it cannot leak into logs.
 */
public final class Password {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** For a new password: checks the policy. */
    public static Password chosen(String value) {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new ValidationException(ErrorCode.of("password_too_short"), "passwords need at least 8 characters");
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException(ErrorCode.of("password_too_long"), "passwords are at most 128 characters");
        }
        return new Password(value);
    }

    /** For a login attempt: anything may be tried, the hash comparison decides. */
    public static Password attempted(String value) {
        return new Password(value == null ? "" : value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
