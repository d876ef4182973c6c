package ai.iiagent.domain.shared;

/** The input is malformed or breaks a rule of the domain. */
public non-sealed class ValidationException extends DomainException {

    public ValidationException(ErrorCode code, String message) {
        super(code, message);
    }

    public ValidationException(String message) {
        super(ErrorCode.of("validation_error"), message);
    }
}
