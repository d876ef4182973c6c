package ai.iiagent.domain.agents;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the agent wing's errors: what ends a run (its {@code system.error}) and what refuses a command. */
public final class AgentErrors {

    public static final ErrorCode INSUFFICIENT_CREDITS = ErrorCode.of("insufficient_credits");
    public static final ErrorCode MAX_TURNS_REACHED = ErrorCode.of("max_turns_reached");
    public static final ErrorCode LOOP_DETECTED = ErrorCode.of("loop_detected");
    public static final ErrorCode INTERRUPTED = ErrorCode.of("interrupted");
    public static final ErrorCode EXECUTION_ERROR = ErrorCode.of("execution_error");
    public static final ErrorCode INVALID_FORK_SESSION = ErrorCode.of("invalid_fork_session");
    public static final ErrorCode UNKNOWN_MILESTONE = ErrorCode.of("unknown_milestone");
    public static final ErrorCode INVALID_ENV_SECRETS = ErrorCode.of("invalid_env_secrets");
    /** An MCP server's sealed secrets could not be read (a reason of {@code system.notification}). */
    public static final ErrorCode MCP_SECRET_UNREADABLE = ErrorCode.of("mcp_secret_unreadable");
    /** An MCP server could not be reached (a reason of {@code system.notification}). */
    public static final ErrorCode MCP_UNAVAILABLE = ErrorCode.of("mcp_unavailable");
    /** A query attached files on a server that takes none. */
    public static final ErrorCode ATTACHMENTS_UNAVAILABLE = ErrorCode.of("attachments_unavailable");
    public static final ErrorCode TOO_MANY_ATTACHMENTS = ErrorCode.of("too_many_attachments");
    public static final ErrorCode ATTACHMENTS_TOO_LARGE = ErrorCode.of("attachments_too_large");
    /** An attached file is not an asset id. */
    public static final ErrorCode INVALID_ATTACHMENT = ErrorCode.of("invalid_attachment");

    private AgentErrors() {
    }
}
