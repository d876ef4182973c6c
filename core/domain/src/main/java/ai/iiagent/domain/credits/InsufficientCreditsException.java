package ai.iiagent.domain.credits;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.PaymentRequiredException;

/** Not enough credits for the call (or for its 128-token minimum answer); nothing was reserved. */
public final class InsufficientCreditsException extends PaymentRequiredException {

    public static final ErrorCode CODE = ErrorCode.of("insufficient_credits");

    private final Credits required;
    private final Credits available;

    public InsufficientCreditsException(Credits required, Credits available) {
        super(CODE, "this needs about " + required.value().stripTrailingZeros().toPlainString()
                + " credits; " + available.value().stripTrailingZeros().toPlainString() + " available");
        this.required = required;
        this.available = available;
    }

    public Credits required() {
        return required;
    }

    public Credits available() {
        return available;
    }
}
