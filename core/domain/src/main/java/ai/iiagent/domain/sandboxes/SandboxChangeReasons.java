package ai.iiagent.domain.sandboxes;

/** Why a session's sandbox changed state, as its {@code sandbox.status_changed} event says. */
public final class SandboxChangeReasons {

    public static final String CREATED = "created";
    /** The provider could not create it. */
    public static final String CREATE_FAILED = "create_failed";
    /** Its session was deleted, so it was destroyed. */
    public static final String SESSION_DELETED = "session_deleted";
    /** The provider no longer knows it. */
    public static final String LOST = "lost";

    private SandboxChangeReasons() {
    }
}
