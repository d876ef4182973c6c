package ai.iiagent.port.out.sandbox;

/** Lifecycle state of a session's sandbox (paused and expired come with the lifecycle work). */
public enum SandboxStatus {
    /** No sandbox exists for the session (never created, or destroyed). */
    ABSENT,
    /** The sandbox exists and accepts commands. */
    READY
}
