package ai.iiagent.service.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectDatabase;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;

/** Provisions a project's database once and records it with its password sealed. */
public final class ProjectDatabases {

    private final ProjectAccess access;
    private final ProjectDatabaseProvisionerPort provisioner;

    public ProjectDatabases(ProjectAccess access, ProjectDatabaseProvisionerPort provisioner) {
        this.access = access;
        this.provisioner = provisioner;
    }

    /** The project with its database, provisioned now if it had none. */
    public Project ensure(Project project) {
        if (project.database() != null) {
            return project;
        }
        DatabaseLogin login = provisioner.provision(project.id());
        Project provisioned = project.withDatabase(new ProjectDatabase(provisioner.source(), login.host(), login.port(),
                login.database(), login.role(), access.cipher().encryptText(login.password())));
        try {
            access.projects().saveDatabase(provisioned);
        } catch (RuntimeException notRecorded) {
            provisioner.drop(login);
            throw notRecorded;
        }
        return provisioned;
    }
}
