package ai.iiagent.domain.shared;

/** The work needs credits the caller does not have. */
public non-sealed class PaymentRequiredException extends DomainException {

    public PaymentRequiredException(ErrorCode code, String message) {
        super(code, message);
    }

    public PaymentRequiredException(String message) {
        super(ErrorCode.of("payment_required"), message);
    }
}
