package ai.iiagent.service.projects;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectDatabase;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.projects.ProjectEnvironment;
import ai.iiagent.port.in.projects.ProjectEnvironmentUseCase;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectSecretRepository;
import ai.iiagent.port.out.sandbox.DatabaseEndpoint;
import ai.iiagent.port.out.sandbox.SandboxDatabaseBridgePort;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's .env: its secrets, then its database's variables (which win over a secret of the same
 * name) for a client inside the sandbox, which reaches the database through the sandbox's database
 * socket ({@link SandboxDatabaseBridgePort}). Written into the sandbox by the dev tools (with their
 * reservation) and after every secrets change (through {@link ProjectSecretsService}).
 */
public final class ProjectEnvironmentService implements ProjectEnvironmentUseCase {

    private final ProjectAccess access;
    private final ProjectDatabases databases;
    private final ProjectSecretRepository secrets;
    private final SandboxDatabaseBridgePort bridge;
    private final SandboxWorkspacePort workspace;

    public ProjectEnvironmentService(ProjectAccess access, ProjectDatabases databases, ProjectSecretRepository secrets,
                                     SandboxDatabaseBridgePort bridge, SandboxWorkspacePort workspace) {
        this.access = access;
        this.databases = databases;
        this.secrets = secrets;
        this.bridge = bridge;
        this.workspace = workspace;
    }

    @Override
    public ProjectEnvironment environment(UserId owner, SessionId sessionId) {
        return environmentOf(access.ofSession(owner, sessionId));
    }

    @Override
    public ProjectEnvironment withDatabase(UserId owner, SessionId sessionId) {
        return environmentOf(databases.ensure(access.ofSession(owner, sessionId)));
    }

    @Override
    public ProjectEnvironment writeEnvFile(UserId owner, SessionId sessionId, CreditReservation reservation) {
        ProjectEnvironment environment = environment(owner, sessionId);
        workspace.writeFile(sessionId, ProjectEnvironmentUseCase.envFile(environment.project().directory()),
                render(environment.variables()).getBytes(StandardCharsets.UTF_8), reservation);
        return environment;
    }

    private ProjectEnvironment environmentOf(Project project) {
        Map<String, String> variables = new TreeMap<>();
        secrets.of(project.id()).forEach((name, sealed) -> variables.put(name, access.cipher().decryptText(sealed)));
        String databaseUrl = null;
        if (project.database() != null) {
            ProjectDatabase database = project.database();
            String socketDirectory;
            try {
                socketDirectory = bridge.open(project.sessionId(), new DatabaseEndpoint(database.host(), database.port(),
                        database.name(), database.role()));
            } catch (ConflictException unsupported) {
                socketDirectory = null; // this sandbox kind cannot reach the app's PostgreSQL (docs/projects.md)
            }
            if (socketDirectory != null) {
                DatabaseLogin login = access.login(database);
                String host = URLEncoder.encode(socketDirectory, StandardCharsets.UTF_8);
                databaseUrl = "postgresql://" + login.role() + "@localhost/" + login.database() + "?host=" + host;
                variables.put("DATABASE_URL", "postgresql://" + login.role() + ":" + login.password() + "@localhost/"
                        + login.database() + "?host=" + host);
                variables.put("PGHOST", socketDirectory);
                variables.put("PGPORT", "5432");
                variables.put("PGDATABASE", login.database());
                variables.put("PGUSER", login.role());
                variables.put("PGPASSWORD", login.password());
            }
        }
        return new ProjectEnvironment(project, variables, databaseUrl);
    }

    /** {@code NAME="value"} lines, backslashes and double quotes escaped (values never hold line breaks). */
    static String render(Map<String, String> variables) {
        StringBuilder file = new StringBuilder("# Written by II-Agent: the project's database and secrets. Changes made"
                + " here are overwritten; set secrets in the project panel or with add_user_env.\n");
        variables.forEach((name, value) -> file.append(name).append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$")).append("\"\n"));
        return file.toString();
    }
}
