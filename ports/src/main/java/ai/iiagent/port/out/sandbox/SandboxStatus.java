package ai.iiagent.port.out.sandbox;

/**
 * Provider-side state of a session's sandbox, as {@link SandboxPort} reports it. The lifecycle's
 * own record (creating, running, paused, destroyed, failed) lives in the {@code sandboxes} table.
 */
public enum SandboxStatus {
    /** No sandbox exists for the session (never created, destroyed, or gone at the provider). */
    ABSENT,
    /** The sandbox exists and accepts commands and file calls. */
    RUNNING,
    /** The sandbox exists with its workspace kept, but runs nothing until resumed. */
    PAUSED
}
