package ai.iiagent.domain.credits;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** Why credits moved; the ledger's {@code entry_type}. */
public enum LedgerEntryType {
    SIGNUP_GRANT, SUBSCRIPTION_GRANT, PURCHASE, BONUS_GRANT, REFUND, ADJUSTMENT,
    RESERVATION_HOLD, RESERVATION_RELEASE, SETTLEMENT_CHARGE, EXPIRY_RELEASE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Types that add credits from outside (grants, purchases, refunds, admin adjustments). */
    public boolean isGrant() {
        return switch (this) {
            case SIGNUP_GRANT, SUBSCRIPTION_GRANT, PURCHASE, BONUS_GRANT, REFUND, ADJUSTMENT -> true;
            default -> false;
        };
    }

    public static LedgerEntryType fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> new ValidationException(ErrorCode.of("invalid_transaction_type"),
                        "unknown transaction type: " + code));
    }
}
