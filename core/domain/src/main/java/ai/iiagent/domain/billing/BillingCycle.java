package ai.iiagent.domain.billing;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** How often a paid plan is invoiced; {@link #months()} is the length of one paid period. */
public enum BillingCycle {
    MONTHLY(1), ANNUALLY(12);

    private final int months;

    BillingCycle(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws ValidationException {@code invalid_billing_cycle} for anything but monthly, annually */
    public static BillingCycle fromCode(String code) {
        return Arrays.stream(values()).filter(cycle -> cycle.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_billing_cycle"),
                        "billing cycle must be monthly or annually; got: " + code));
    }
}
