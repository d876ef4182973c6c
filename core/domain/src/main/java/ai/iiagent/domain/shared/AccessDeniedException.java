package ai.iiagent.domain.shared;

/** The caller is known but may not do this. */
public non-sealed class AccessDeniedException extends DomainException {

    public AccessDeniedException(ErrorCode code, String message) {
        super(code, message);
    }

    public AccessDeniedException(String message) {
        super(ErrorCode.of("forbidden"), message);
    }
}
