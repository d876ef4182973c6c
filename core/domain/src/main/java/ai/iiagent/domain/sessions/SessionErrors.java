package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the sessions feature's errors (problem+json {@code code}). */
public final class SessionErrors {

    /** A fork asked for a model setting that does not exist or is not the caller's to use. */
    public static final ErrorCode MODEL_SETTING_NOT_FOUND = ErrorCode.of("model_setting_not_found");
    /** A milestone status update named a milestone the session's plan does not have. */
    public static final ErrorCode UNKNOWN_MILESTONE = ErrorCode.of("unknown_milestone");

    private SessionErrors() {
    }
}
