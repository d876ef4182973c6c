package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.projects.ProjectTemplates;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code fullstack_project_init}: the session's project from one of the app's templates
 * (docs/projects.md): the project recorded, its database provisioned when asked or when the
 * template needs one, the files written to {@code /workspace/<project_name>}, its {@code .env}, a
 * first git commit, and the dev server started on port 3000 and previewed.
 */
public final class FullstackProjectInitTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("fullstack_project_init",
            "Create the session's web project from a template and start its dev server on port 3000. Frameworks:"
                    + " 'static' (HTML/CSS served by Python), 'react-vite' (React + Vite; needs npm install, which"
                    + " needs a network, so offline it serves a placeholder page), 'fullstack' (a page plus a JSON API"
                    + " in Python on the project's own PostgreSQL database). Answers the directory, the database and"
                    + " the preview URL.",
            Map.of("type", "object", "required", List.of("project_name", "framework"), "properties", Map.of(
                    "project_name", Map.of("type", "string", "description",
                            "lower-case letters, digits and dashes, starting with a letter (at most 40)"),
                    "framework", Map.of("type", "string", "enum", ProjectTemplates.ALL),
                    "database", Map.of("type", "string", "enum", List.of("postgres", "none"), "description",
                            "a PostgreSQL database of the project's own (the fullstack template always gets one)"),
                    "database_source", Map.of("type", "string", "enum", List.of("embedded"), "description",
                            "where the database lives: 'embedded' = on the app's own PostgreSQL"))));

    private final ProjectBackend projects;
    private final ProjectScaffold scaffold;

    public FullstackProjectInitTool(SandboxWorkspacePort workspace, SandboxShellPort shells, ProjectBackend projects,
                                    RegisterPortTool.Previews previews) {
        this.projects = projects;
        this.scaffold = new ProjectScaffold(workspace, shells, projects, previews);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // the local sandbox and the embedded database cost nothing
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(180);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String name = arguments.get("project_name") instanceof String s ? s.strip() : null;
        String framework = arguments.get("framework") instanceof String s ? s : null;
        String database = arguments.get("database") instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : "none";
        Object source = arguments.get("database_source");
        if (source != null && !"embedded".equals(source)) {
            return ToolOutcome.failed("database_source '" + source + "' is not available on this server: use 'embedded'");
        }
        Project project;
        try {
            project = projects.init(invocation.userId(), invocation.sessionId(), name, framework,
                    database.equals("postgres") || database.equals("postgresql"));
        } catch (DomainException refused) {
            return new ToolOutcome("Cannot create the project: " + refused.getMessage(),
                    Map.of("reason", refused.code().value()), true);
        }
        ProjectScaffold.Result made = scaffold.scaffold(invocation, project);
        ProjectBackend.EnvFile env = made.env();
        DevServers.Status status = made.status();
        String url = made.url();
        Map<String, Object> display = made.display(project);
        if (env.databaseUrl() != null) {
            display.put("database_url", env.databaseUrl());
        }
        StringBuilder text = new StringBuilder("Created the " + project.framework() + " project in /workspace/"
                + project.directory() + (made.commit() != null ? " (first commit " + made.commit() + ")" : "") + ".\n");
        if (env.databaseUrl() != null) {
            text.append("Its PostgreSQL database: ").append(env.databaseUrl()).append(" (the full DATABASE_URL with the"
                    + " password and the PG* variables are in .env; psql works with them).\n");
        } else if (project.database() != null) {
            text.append("It has a database, but this sandbox kind cannot reach it.\n");
        }
        text.append(status.running() ? "The dev server runs on port " + DevServers.PORT + " (shell '" + DevServers.SHELL
                + "', log in .server.log)." : "The dev server did not start:\n" + status.report());
        if (url != null) {
            text.append("\nThe user sees it at ").append(url).append(" (the session's preview panel).");
        }
        text.append("\nEdit the files, then restart_fullstack_servers, get_server_status and save_checkpoint.");
        return new ToolOutcome(text.toString(), display, !status.running());
    }
}
