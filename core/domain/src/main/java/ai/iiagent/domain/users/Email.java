package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed and lower-cased so that uniqueness does not depend on how a person
 * typed it. Validation is deliberately shallow: one {@code @}, a dot in the domain, no spaces.
 */
public record Email(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final ErrorCode INVALID_EMAIL = ErrorCode.of("invalid_email");

    public Email {
        if (value == null) {
            throw new ValidationException(INVALID_EMAIL, "email is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new ValidationException(INVALID_EMAIL, "not a valid email address");
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    /** The part after the {@code @}, used by domain allow-lists. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
