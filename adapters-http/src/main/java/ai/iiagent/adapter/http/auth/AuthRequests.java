package ai.iiagent.adapter.http.auth;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** Request bodies of the /auth endpoints (snake_case on the wire). */
public final class AuthRequests {

    private AuthRequests() {
    }

    public record RegisterRequest(String email, String password, String firstName, String lastName) {
        @Override
        public String toString() {
            return "RegisterRequest[email=" + email + ", password=***]";
        }
    }

    public record LoginRequest(String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=***]";
        }
    }

    public record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    public record CreateApiKeyRequest(String name) {
    }

    /** A missing body is a client error with a clear code, not a NullPointerException. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException(ErrorCode.of("body_required"), "a JSON request body is required");
        }
        return body;
    }
}
