package ai.iiagent.domain.users;

/**
 * Whether this installation still waits for its first account (which becomes the admin).
 * Deliberately says nothing more about who is registered: it is served without authentication.
 */
public record SetupStatus(boolean firstAccountPending) {
}
