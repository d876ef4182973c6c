package ai.iiagent.domain.auth;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.AuthenticationRequiredException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.RateLimitedException;
import java.time.Duration;

/** The stable authentication error codes and the exceptions that carry them. */
public final class AuthErrors {

    public static final ErrorCode AUTH_ERROR = ErrorCode.of("auth_error");
    public static final ErrorCode SESSION_EXPIRED = ErrorCode.of("session_expired");
    public static final ErrorCode INVALID_CREDENTIALS = ErrorCode.of("invalid_credentials");
    public static final ErrorCode REFRESH_TOKEN_REUSED = ErrorCode.of("refresh_token_reused");
    public static final ErrorCode REGISTRATION_DISABLED = ErrorCode.of("registration_disabled");
    public static final ErrorCode TOO_MANY_LOGIN_ATTEMPTS = ErrorCode.of("too_many_login_attempts");
    public static final ErrorCode TOO_MANY_SIGNUPS = ErrorCode.of("too_many_signups");
    /** The user has as many API keys as allowed. */
    public static final ErrorCode TOO_MANY_API_KEYS = ErrorCode.of("too_many_api_keys");
    /** The identity provider has not verified the user's email, so it cannot name an account. */
    public static final ErrorCode EMAIL_NOT_VERIFIED = ErrorCode.of("email_not_verified");

    private AuthErrors() {
    }

    /** A credential that is malformed, forged, revoked, of the wrong kind or for a disabled account. */
    public static AuthenticationRequiredException invalidToken(String why) {
        return new AuthenticationRequiredException(AUTH_ERROR, why);
    }

    public static AuthenticationRequiredException expired() {
        return new AuthenticationRequiredException(SESSION_EXPIRED, "the session has expired; sign in again");
    }

    /** Same answer for unknown e-mail and wrong password, so accounts cannot be enumerated. */
    public static AuthenticationRequiredException invalidCredentials() {
        return new AuthenticationRequiredException(INVALID_CREDENTIALS, "wrong email or password");
    }

    public static AuthenticationRequiredException refreshTokenReused() {
        return new AuthenticationRequiredException(REFRESH_TOKEN_REUSED,
                "this refresh token was already used; every session of this sign-in was ended");
    }

    public static AccessDeniedException registrationDisabled() {
        return new AccessDeniedException(REGISTRATION_DISABLED, "registration of local accounts is disabled");
    }

    /** Too many failed sign-ins for this e-mail from this address, or for any e-mail from this address. */
    public static RateLimitedException tooManyLoginAttempts(Duration retryAfter) {
        return new RateLimitedException(TOO_MANY_LOGIN_ATTEMPTS, "too many failed sign-ins; try again later",
                retryAfter);
    }

    public static RateLimitedException tooManySignUpsFromAddress(Duration retryAfter) {
        return new RateLimitedException(TOO_MANY_SIGNUPS, "too many sign-ups from this address; try again later",
                retryAfter);
    }

    public static RateLimitedException tooManySignUpsOverall(Duration retryAfter) {
        return new RateLimitedException(TOO_MANY_SIGNUPS,
                "sign-ups are paused for a while (too many at once); try again later", retryAfter);
    }
}
