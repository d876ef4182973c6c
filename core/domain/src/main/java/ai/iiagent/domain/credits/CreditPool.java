package ai.iiagent.domain.credits;

import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** The two pools of an account; spending takes {@link #BONUS} first. */
public enum CreditPool {
    REGULAR, BONUS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CreditPool fromCode(String code) {
        return Arrays.stream(values()).filter(pool -> pool.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException("pool must be regular or bonus, got: " + code));
    }
}
