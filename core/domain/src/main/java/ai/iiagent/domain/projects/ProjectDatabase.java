package ai.iiagent.domain.projects;

import ai.iiagent.domain.shared.EncryptedSecret;
import java.util.Objects;

/**
 * A project's own PostgreSQL database: where it is, its name, the role that owns it and that role's
 * password, sealed (only the provisioner's caller opens it, to connect or to write the project's .env).
 *
 * @param source   who provides it ({@code embedded}: the PostgreSQL the app uses)
 * @param host     the server's host as the app reaches it
 * @param port     its port
 * @param name     the database's name
 * @param role     the login role that owns it (and may connect to nothing else)
 * @param password the role's password, sealed
 */
public record ProjectDatabase(String source, String host, int port, String name, String role, EncryptedSecret password) {

    public ProjectDatabase {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
    }
}
