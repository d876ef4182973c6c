package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.projects.Project;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.ToolInvocation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the project init tools share once the project is recorded: the template's files written to
 * {@code /workspace/<directory>}, its {@code .env}, a first git commit, the dev server started on
 * {@value DevServers#PORT} and previewed.
 */
final class ProjectScaffold {

    private final SandboxWorkspacePort workspace;
    private final DevServers servers;
    private final ProjectBackend projects;
    private final RegisterPortTool.Previews previews;

    ProjectScaffold(SandboxWorkspacePort workspace, SandboxShellPort shells, ProjectBackend projects,
                    RegisterPortTool.Previews previews) {
        this.workspace = workspace;
        this.servers = new DevServers(shells);
        this.projects = projects;
        this.previews = previews;
    }

    Result scaffold(ToolInvocation invocation, Project project) {
        ProjectTemplateFiles.files(project.framework(), project.name()).forEach((path, content) ->
                workspace.writeFile(invocation.sessionId(), project.directory() + "/" + path, content, invocation.reservation()));
        ProjectBackend.EnvFile env = projects.writeEnvFile(invocation.userId(), invocation.sessionId(), false,
                invocation.reservation());
        CommandResult git = workspace.run(invocation.sessionId(), new CommandRequest("cd /workspace/" + project.directory()
                + " && git init -q -b main && git add -A && git -c user.name=II-Agent -c user.email=agent@ii-agent.invalid"
                + " commit -q -m 'Scaffold from the " + project.framework() + " template' && git rev-parse --short HEAD",
                Duration.ofSeconds(30), 4_000), invocation.reservation());
        DevServers.Status status = servers.restart(invocation.sessionId(), project.directory(), invocation.reservation());
        String url = null;
        if (status.running()) {
            try {
                url = previews.open(invocation.userId(), invocation.sessionId(), DevServers.PORT).toString();
            } catch (DomainException notPreviewed) {
                url = null; // e.g. a sandbox kind with its own URLs: register_port tells the model
            }
        }
        return new Result(env, git.succeeded() ? git.stdout().strip() : null, status, url);
    }

    /**
     * @param commit the first commit's short hash, null when git failed
     * @param url    the owner's preview URL, null when the server is not running or this sandbox kind has no preview
     */
    record Result(ProjectBackend.EnvFile env, String commit, DevServers.Status status, String url) {

        /** The tool result's display: the project, its directory and framework, the port, whether it runs, the preview URL. */
        Map<String, Object> display(Project project) {
            Map<String, Object> display = new LinkedHashMap<>();
            display.put("project_id", project.id().toString());
            display.put("directory", "/workspace/" + project.directory());
            display.put("framework", project.framework());
            display.put("port", DevServers.PORT);
            display.put("running", status.running());
            if (url != null) {
                display.put("url", url);
            }
            return display;
        }
    }
}
