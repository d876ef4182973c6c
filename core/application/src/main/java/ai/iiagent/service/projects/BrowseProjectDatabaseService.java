package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.DatabaseRecords;
import ai.iiagent.domain.projects.DatabaseSchema;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.BrowseProjectDatabaseUseCase;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;

/** The owner's read-only look into a project's database, as the project's own role. */
public final class BrowseProjectDatabaseService implements BrowseProjectDatabaseUseCase {

    private final ProjectAccess access;
    private final ProjectDatabaseProvisionerPort provisioner;

    public BrowseProjectDatabaseService(ProjectAccess access, ProjectDatabaseProvisionerPort provisioner) {
        this.access = access;
        this.provisioner = provisioner;
    }

    @Override
    public DatabaseSchema schema(UserId caller, ProjectId projectId) {
        Project project = access.byId(caller, projectId);
        return provisioner.schema(access.login(access.databaseOf(project)));
    }

    @Override
    public DatabaseRecords records(UserId caller, ProjectId projectId, String table, int limit, int offset) {
        Project project = access.byId(caller, projectId);
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new ValidationException(ProjectErrors.INVALID_PAGE, "limit is 1.." + MAX_LIMIT + ", offset at least 0");
        }
        if (table == null || table.isEmpty() || table.length() > 63) {
            throw new ValidationException(ProjectErrors.INVALID_TABLE, "table names a table of the project's database");
        }
        return provisioner.records(access.login(access.databaseOf(project)), table, limit, offset);
    }
}
