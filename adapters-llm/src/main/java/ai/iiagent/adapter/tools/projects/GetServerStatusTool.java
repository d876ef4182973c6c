package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.Map;

/** {@code get_server_status}: whether the project's dev server answers HTTP, with the tail of its log. */
public final class GetServerStatusTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("get_server_status",
            "Check whether the project's dev server answers on port 3000 and show the last lines of its log.",
            Map.of("type", "object", "properties", Map.of(), "required", List.of()));

    private final DevServers servers;
    private final ProjectBackend projects;

    public GetServerStatusTool(SandboxShellPort shells, ProjectBackend projects) {
        this.servers = new DevServers(shells);
        this.projects = projects;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        String directory;
        try {
            directory = projects.project(invocation.userId(), invocation.sessionId()).directory();
        } catch (DomainException refused) {
            return ToolOutcome.failed("No project: " + refused.getMessage() + ". Create one with fullstack_project_init.");
        }
        DevServers.Status status = servers.status(invocation.sessionId(), directory, invocation.reservation());
        return new ToolOutcome((status.running() ? "Running on port " + DevServers.PORT + ".\n" : "Not answering on port "
                + DevServers.PORT + " (restart_fullstack_servers starts it).\n") + status.report(),
                Map.of("running", status.running(), "port", DevServers.PORT), false);
    }
}
