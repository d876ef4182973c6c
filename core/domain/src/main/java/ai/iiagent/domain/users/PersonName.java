package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** Optional given and family names, trimmed, blank treated as absent, at most 100 characters each. */
public record PersonName(String first, String last) {

    static final int MAX_LENGTH = 100;

    public PersonName {
        first = normalise(first);
        last = normalise(last);
    }

    public static PersonName unknown() {
        return new PersonName(null, null);
    }

    private static String normalise(String part) {
        if (part == null || part.isBlank()) {
            return null;
        }
        String trimmed = part.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException(ErrorCode.of("name_too_long"), "names are at most 100 characters");
        }
        return trimmed;
    }
}
