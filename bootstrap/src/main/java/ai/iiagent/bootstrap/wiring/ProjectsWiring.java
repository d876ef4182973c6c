package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.persistence.projects.PostgresProjectDatabases;
import ai.iiagent.adapter.tools.projects.AddUserEnvTool;
import ai.iiagent.adapter.tools.projects.ProjectBackend;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.ProjectEnvironment;
import java.util.Map;
import ai.iiagent.adapter.tools.projects.FullstackProjectInitTool;
import ai.iiagent.adapter.tools.projects.GetDatabaseConnectionTool;
import ai.iiagent.adapter.tools.projects.GetServerStatusTool;
import ai.iiagent.adapter.tools.projects.MobileAppInitTool;
import ai.iiagent.adapter.tools.projects.RestartFullstackServersTool;
import ai.iiagent.adapter.tools.projects.SaveCheckpointTool;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.port.in.projects.BrowseProjectDatabaseUseCase;
import ai.iiagent.port.in.projects.GetProjectUseCase;
import ai.iiagent.port.in.projects.InitProjectUseCase;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.port.in.projects.ProjectEnvironmentUseCase;
import ai.iiagent.port.in.projects.ProjectSecretsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.projects.ProjectSecretRepository;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import ai.iiagent.port.out.sandbox.SandboxDatabaseBridgePort;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.sessions.SessionRepository;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.projects.BrowseProjectDatabaseService;
import ai.iiagent.service.projects.GetProjectService;
import ai.iiagent.service.projects.InitProjectService;
import ai.iiagent.service.projects.ProjectAccess;
import ai.iiagent.service.projects.ProjectDatabases;
import ai.iiagent.service.projects.ProjectEnvironmentService;
import ai.iiagent.service.projects.ProjectSecretsService;
import ai.iiagent.service.projects.ProjectDesignService;
import ai.iiagent.port.in.projects.ProjectDesignUseCase;
import ai.iiagent.port.out.projects.DesignStateRepository;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.in.projects.DesignChangeUseCase;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.service.projects.DesignChangeService;
import ai.iiagent.port.in.projects.DesignPlanUseCase;
import ai.iiagent.service.projects.DesignPlanService;
import ai.iiagent.service.sandboxes.SandboxLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Projects (docs/projects.md): the project services, the database provisioner and bridge, and the dev tools. */
@ApplicationScoped
public class ProjectsWiring {

    /** The dev tools of the website agent types, added to the run catalogue. */
    public record ProjectTools(List<AgentTool> tools) {
    }

    @Produces
    @Singleton
    ProjectDatabaseProvisionerPort projectDatabases(
            @ConfigProperty(name = "projects.database.admin-url") String adminUrl,
            @ConfigProperty(name = "projects.database.admin-user") String adminUser,
            @ConfigProperty(name = "projects.database.admin-password") String adminPassword) {
        return new PostgresProjectDatabases(adminUrl, adminUser, adminPassword);
    }

    /** The local sandbox's Unix-socket bridge; other kinds cannot reach the app's PostgreSQL. */
    @Produces
    @Singleton
    SandboxDatabaseBridgePort databaseBridge(SandboxProvider provider, SandboxLifecycle lifecycle) {
        return provider.stdioHost().<SandboxDatabaseBridgePort>map(local -> new SandboxDatabaseBridgePort() {
            @Override
            public String open(SessionId sessionId, DatabaseEndpoint endpoint) {
                return local.databases().open(lifecycle.owningSession(sessionId), endpoint);
            }

            @Override
            public void close(SessionId sessionId) {
                local.databases().close(lifecycle.owningSession(sessionId));
            }
        }).orElseGet(() -> new SandboxDatabaseBridgePort() {
            @Override
            public String open(SessionId sessionId, DatabaseEndpoint endpoint) {
                throw new ConflictException(SandboxErrors.OPERATION_UNSUPPORTED,
                        "this sandbox provider cannot reach the project's database");
            }

            @Override
            public void close(SessionId sessionId) {
                // nothing is bridged for these providers
            }
        });
    }

    @Produces
    @Singleton
    ProjectAccess projectAccess(SessionRepository sessions, ProjectRepository projects, SecretCipherPort cipher) {
        return new ProjectAccess(sessions, projects, cipher);
    }

    @Produces
    @Singleton
    ProjectDatabases projectDatabasesService(ProjectAccess access, ProjectDatabaseProvisionerPort provisioner) {
        return new ProjectDatabases(access, provisioner);
    }

    @Produces
    @ApplicationScoped
    InitProjectUseCase initProject(SessionRepository sessions, ProjectAccess access, ProjectDatabases databases,
                                   ClockPort clock) {
        return new InitProjectService(sessions, access, databases, clock);
    }

    @Produces
    @ApplicationScoped
    ProjectEnvironmentUseCase projectEnvironment(ProjectAccess access, ProjectDatabases databases,
                                                 ProjectSecretRepository secrets, SandboxDatabaseBridgePort bridge,
                                                 SandboxPort sandbox) {
        return new ProjectEnvironmentService(access, databases, secrets, bridge, sandbox);
    }

    @Produces
    @ApplicationScoped
    ProjectSecretsUseCase projectSecrets(ProjectAccess access, ProjectSecretRepository secrets,
                                         ProjectEnvironmentUseCase environment, BillableExecutor billable) {
        return new ProjectSecretsService(access, secrets, environment, billable);
    }

    @Produces
    @ApplicationScoped
    ProjectDesignUseCase projectDesign(ProjectAccess access, DesignStateRepository states, ClockPort clock,
                                       SandboxPreviewPort relays, SandboxLifecycle lifecycle) {
        return new ProjectDesignService(access, states, clock, relays, lifecycle::owningSession);
    }

    @Produces
    @ApplicationScoped
    DesignChangeUseCase designChange(ProjectAccess access, SandboxPort sandbox, ModelCatalogPort models,
                                               BillableExecutor billable) {
        return new DesignChangeService(access, sandbox, models, billable);
    }

    @Produces
    @ApplicationScoped
    DesignPlanUseCase designPlan(ProjectAccess access, ModelCatalogPort models, BillableExecutor billable) {
        return new DesignPlanService(access, models, billable);
    }

    @Produces
    @ApplicationScoped
    GetProjectUseCase getProject(ProjectAccess access, ProjectSecretRepository secrets) {
        return new GetProjectService(access, secrets);
    }

    @Produces
    @ApplicationScoped
    BrowseProjectDatabaseUseCase browseProjectDatabase(ProjectAccess access, ProjectDatabaseProvisionerPort provisioner) {
        return new BrowseProjectDatabaseService(access, provisioner);
    }

    @Produces
    @Singleton
    ProjectTools projectTools(SandboxPort sandbox, SandboxShellPort shells, InitProjectUseCase init,
                              ProjectEnvironmentUseCase environment, ProjectSecretsUseCase secrets, PreviewUseCase previews) {
        ProjectBackend backend = new ProjectBackend() {
            @Override
            public Project init(UserId owner, SessionId sessionId, String name, String framework, boolean withDatabase) {
                return init.init(owner, sessionId, name, framework, withDatabase);
            }

            @Override
            public EnvFile writeEnvFile(UserId owner, SessionId sessionId, boolean withDatabase,
                                        CreditReservation reservation) {
                if (withDatabase) {
                    environment.withDatabase(owner, sessionId);
                }
                ProjectEnvironment written = environment.writeEnvFile(owner, sessionId, reservation);
                return new EnvFile(written.project(), written.databaseUrl());
            }

            @Override
            public Project project(UserId owner, SessionId sessionId) {
                return environment.environment(owner, sessionId).project();
            }

            @Override
            public List<String> addSecrets(UserId owner, SessionId sessionId, Map<String, String> values) {
                return secrets.merge(owner, sessionId, values);
            }
        };
        return new ProjectTools(List.of(
                new FullstackProjectInitTool(sandbox, shells, backend,
                        (owner, session, port) -> previews.open(owner, session, port).url()),
                new RestartFullstackServersTool(shells, backend), new GetServerStatusTool(shells, backend),
                new MobileAppInitTool(sandbox, shells, backend,
                        (owner, session, port) -> previews.open(owner, session, port).url()),
                RestartFullstackServersTool.mobile(shells, backend),
                new SaveCheckpointTool(sandbox, backend), new GetDatabaseConnectionTool(backend),
                new AddUserEnvTool(backend)));
    }
}
