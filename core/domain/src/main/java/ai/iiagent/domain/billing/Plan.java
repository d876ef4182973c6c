package ai.iiagent.domain.billing;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** Subscription plans; {@link #FREE} is what a user without a paid subscription has. */
public enum Plan {
    FREE, PLUS, PRO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPaid() {
        return this != FREE;
    }

    /** @throws ValidationException {@code invalid_plan} for anything but free, plus, pro */
    public static Plan fromCode(String code) {
        return Arrays.stream(values()).filter(plan -> plan.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_plan"),
                        "plan must be one of free, plus, pro; got: " + code));
    }
}
