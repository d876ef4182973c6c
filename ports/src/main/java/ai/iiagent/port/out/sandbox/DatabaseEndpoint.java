package ai.iiagent.port.out.sandbox;

import java.util.Objects;

/**
 * The one PostgreSQL database a sandbox may reach: the server as the app reaches it, and the only
 * database and role a connection from the sandbox may log in with.
 */
public record DatabaseEndpoint(String host, int port, String database, String role) {

    public DatabaseEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(role, "role");
    }
}
