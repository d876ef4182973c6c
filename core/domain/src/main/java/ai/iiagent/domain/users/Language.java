package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** Interface languages the product ships (same set as the original system). */
public enum Language {
    EN("en"),
    VI("vi"),
    HI("hi"),
    JA("ja");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        ErrorCode.of("unsupported_language"), "language must be one of en, vi, hi, ja"));
    }
}
