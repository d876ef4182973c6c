package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.domain.sessions.events.SystemErrorContent;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.PaymentRequiredException;
import ai.iiagent.domain.shared.RateLimitedException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Map;

/**
 * The one mapping of the error hierarchy to {@code system.error} content on sockets:
 * {@code error_code} is the original protocol's code for the category (what its frontend switches
 * on), {@code code} our specific stable code; the shape itself is {@link SystemErrorContent}, shared with run errors.
 */
public final class SocketErrors {

    private SocketErrors() {
    }

    public static Map<String, Object> content(DomainException error) {
        String category = switch (error) {
            case ValidationException e -> "validation_error";
            case AuthenticationRequiredException e -> "auth_error";
            case AccessDeniedException e -> "auth_error";
            case NotFoundException e -> error.code().value().endsWith("_not_found") ? error.code().value() : "session_error";
            case ConflictException e -> "concurrent_operation";
            case PaymentRequiredException e -> "insufficient_credits";
            case RateLimitedException e -> "rate_limit";
            case UpstreamFailureException e -> "execution_error";
            case ServiceUnavailableException e -> "execution_error";
        };
        return content(category, error.code().value(), error.getMessage(), !(error instanceof AuthenticationRequiredException));
    }

    public static Map<String, Object> content(String errorCode, String code, String message, boolean recoverable) {
        return SystemErrorContent.of(errorCode, code, message, recoverable);
    }

    public static Map<String, Object> unexpected() {
        return content("internal_error", "internal_error", "the server could not handle this message", true);
    }
}
