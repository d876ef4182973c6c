package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.DatabaseRecords;
import ai.iiagent.domain.projects.DatabaseSchema;
import ai.iiagent.domain.projects.ProjectId;

/**
 * Creates a PostgreSQL database of its own for a project and reads it for the owner's browser. The
 * embedded provisioner creates a database and a login role on the PostgreSQL the app uses: the role
 * owns only that database and no one else may connect to it (CONNECT revoked from PUBLIC).
 *
 * <p>Errors: {@code ServiceUnavailableException} {@code project_database_unavailable} when the server
 * refuses or cannot be reached; {@code ValidationException} {@code invalid_table} for a table that is
 * not in the database's catalogue.
 */
public interface ProjectDatabaseProvisionerPort {

    /** Who provides the databases ({@code embedded}). */
    String source();

    /** Creates the project's database and its role with a fresh random password. */
    DatabaseLogin provision(ProjectId projectId);

    /** The tables of schema {@code public} with their columns, read as the project's role. */
    DatabaseSchema schema(DatabaseLogin login);

    /**
     * One page of a table's rows in a read-only transaction as the project's role. The table is
     * looked up in the catalogue first and only a name found there is ever put into SQL (quoted);
     * limit and offset are bind parameters.
     */
    DatabaseRecords records(DatabaseLogin login, String table, int limit, int offset);

    /** Drops the database and its role (nothing when they are already gone). */
    void drop(DatabaseLogin login);
}
