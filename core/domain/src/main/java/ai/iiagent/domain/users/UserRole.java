package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;

/** What a user may do beyond their own data. The code is what tokens and the database carry. */
public enum UserRole {
    USER("user"),
    ADMIN("admin");

    private final String code;

    UserRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static UserRole fromCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_role"), "unknown role: " + code));
    }
}
