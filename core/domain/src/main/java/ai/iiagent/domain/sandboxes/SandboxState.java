package ai.iiagent.domain.sandboxes;

import java.util.Arrays;

/** Where a {@link Sandbox} is in its life; the code is what the table and the events carry. */
public enum SandboxState {
    /** The row exists, the provider is being asked for the sandbox. */
    CREATING("creating"),
    /** The sandbox accepts commands. */
    RUNNING("running"),
    /** Kept with its workspace, running nothing (idle); the next use resumes it. */
    PAUSED("paused"),
    /** Gone for good (expired, its session deleted, or the provider lost it); a later use creates a new one. */
    DESTROYED("destroyed"),
    /** Creating it failed; a later use tries again with a new record. */
    FAILED("failed");

    private final String code;

    SandboxState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Creating, running or paused: the session's current sandbox (at most one per session). */
    public boolean isActive() {
        return this == CREATING || this == RUNNING || this == PAUSED;
    }

    public static SandboxState fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sandbox state: " + code));
    }
}
