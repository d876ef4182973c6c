package ai.iiagent.domain.shared;

/** The caller could not be identified (no, bad or expired credentials). */
public non-sealed class AuthenticationRequiredException extends DomainException {

    public AuthenticationRequiredException(ErrorCode code, String message) {
        super(code, message);
    }

    public AuthenticationRequiredException(String message) {
        super(ErrorCode.of("authentication_required"), message);
    }
}
