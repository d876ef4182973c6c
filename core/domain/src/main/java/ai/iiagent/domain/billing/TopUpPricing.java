package ai.iiagent.domain.billing;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What a one-off credit purchase costs: a price per credit in USD, within a minimum and maximum. */
public record TopUpPricing(BigDecimal usdPerCredit, long minCredits, long maxCredits) {

    private static final BigDecimal CENTS_PER_USD = BigDecimal.valueOf(100);

    public TopUpPricing {
        Objects.requireNonNull(usdPerCredit, "usdPerCredit");
        if (usdPerCredit.signum() <= 0 || minCredits < 1 || maxCredits < minCredits) {
            throw new IllegalArgumentException("top-up pricing needs a positive price and 1 <= min <= max credits");
        }
    }

    /**
     * The charge for {@code credits}, in US cents, rounded up to the next cent.
     *
     * @throws ValidationException {@code invalid_topup_amount} outside [min, max]
     */
    public long priceInCents(long credits) {
        if (credits < minCredits || credits > maxCredits) {
            throw new ValidationException(ErrorCode.of("invalid_topup_amount"),
                    "credits must be between " + minCredits + " and " + maxCredits + ", got " + credits);
        }
        return usdPerCredit.multiply(BigDecimal.valueOf(credits)).multiply(CENTS_PER_USD)
                .setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
