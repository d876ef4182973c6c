package ai.iiagent.domain.shared;

import java.util.Objects;

/**
 * Root of the one error hierarchy the core throws. The permitted categories are closed so every
 * adapter maps them exhaustively (HTTP status, socket {@code system.error}); features subclass a
 * category to name a specific, stable {@link ErrorCode}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ValidationException, ConflictException, AccessDeniedException,
                AuthenticationRequiredException, PaymentRequiredException, RateLimitedException,
                UpstreamFailureException, ServiceUnavailableException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    protected DomainException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
