package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;

/**
 * Makes one PostgreSQL database reachable from inside a session's sandbox, which has no network:
 * a Unix socket in the workspace whose connections the app forwards to the database server, after
 * checking that each one logs in as the endpoint's role to the endpoint's database (and refusing
 * every other start-up: another database, another role, cancel requests). Optional capability: the
 * local sandbox has it; others answer {@code ConflictException} {@link SandboxErrors#OPERATION_UNSUPPORTED}.
 */
public interface SandboxDatabaseBridgePort {

    /** The socket's file name in the directory {@link #open} answers (libpq's name for port 5432). */
    String SOCKET_FILE = ".s.PGSQL.5432";

    /**
     * Opens the bridge for the session (or keeps the one open) and answers the directory, as the
     * sandbox sees it, that holds {@link #SOCKET_FILE} (libpq's {@code host=} for a Unix socket).
     */
    @NotBillable("a socket file and a forwarder on the app's side; the database is the project's own")
    String open(SessionId sessionId, DatabaseEndpoint endpoint);

    /** Closes the session's bridge; nothing when there is none. */
    @NotBillable("releases the forwarder")
    void close(SessionId sessionId);
}
