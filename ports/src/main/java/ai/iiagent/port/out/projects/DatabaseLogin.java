package ai.iiagent.port.out.projects;

import java.util.Objects;

/**
 * How to log in to one project database. The password is plaintext: a login lives only in memory,
 * between opening the sealed password and connecting ({@link #toString()} hides it).
 */
public record DatabaseLogin(String host, int port, String database, String role, String password) {

    public DatabaseLogin {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "DatabaseLogin[" + role + "@" + host + ":" + port + "/" + database + "]";
    }
}
