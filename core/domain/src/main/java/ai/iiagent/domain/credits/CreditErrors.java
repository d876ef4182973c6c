package ai.iiagent.domain.credits;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the credits feature's errors (problem+json {@code code}). */
public final class CreditErrors {

    /** Usage asked for a session the caller has none of. */
    public static final ErrorCode SESSION_NOT_FOUND = ErrorCode.of("session_not_found");
    /** A hold to settle or release does not exist. */
    public static final ErrorCode RESERVATION_NOT_FOUND = ErrorCode.of("reservation_not_found");

    private CreditErrors() {
    }
}
