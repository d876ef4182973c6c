package ai.iiagent.port.in.projects;

import ai.iiagent.domain.projects.DatabaseRecords;
import ai.iiagent.domain.projects.DatabaseSchema;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;

/**
 * The owner's read-only browser of a project's database. Another user's project is
 * {@code project_not_found}; a project without a database is {@code project_database_not_found}.
 */
public interface BrowseProjectDatabaseUseCase {

    /** The largest page of records. */
    int MAX_LIMIT = 500;

    DatabaseSchema schema(UserId caller, ProjectId projectId);

    /**
     * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_table} for a table not in the
     *         database, {@code invalid_page} for limit outside 1..{@value #MAX_LIMIT} or a negative offset
     */
    DatabaseRecords records(UserId caller, ProjectId projectId, String table, int limit, int offset);
}
