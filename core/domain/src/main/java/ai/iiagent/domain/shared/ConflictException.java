package ai.iiagent.domain.shared;

/** The request clashes with the current state (duplicate, concurrent change, wrong state). */
public non-sealed class ConflictException extends DomainException {

    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }

    public ConflictException(String message) {
        super(ErrorCode.of("conflict"), message);
    }
}
