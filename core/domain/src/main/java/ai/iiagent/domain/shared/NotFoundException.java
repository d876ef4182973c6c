package ai.iiagent.domain.shared;

/** The addressed thing does not exist, or the caller may not know that it does. */
public non-sealed class NotFoundException extends DomainException {

    public NotFoundException(ErrorCode code, String message) {
        super(code, message);
    }

    public NotFoundException(String message) {
        super(ErrorCode.of("not_found"), message);
    }
}
