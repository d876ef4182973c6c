package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code restart_fullstack_servers}: rewrites the project's .env, stops its dev server and starts it again;
 * {@link #mobile} is the same for an Expo app as {@code restart_mobile_server}.
 */
public final class RestartFullstackServersTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("restart_fullstack_servers",
            "Restart the project's dev server (port 3000) after changing its code or .env; answers whether it runs"
                    + " and the last lines of its log.",
            Map.of("type", "object", "properties", Map.of(), "required", List.of()));
    private static final ToolSpec MOBILE_SPEC = new ToolSpec("restart_mobile_server",
            "Restart the Expo app's web dev server (port 3000; Expo's server once node_modules is installed, else its"
                    + " static export in dist/ or the offline page) after changing its code or .env; answers whether it"
                    + " runs and the last lines of its log.",
            Map.of("type", "object", "properties", Map.of(), "required", List.of()));

    private final ToolSpec spec;
    private final String initTool;
    private final DevServers servers;
    private final ProjectBackend projects;

    public RestartFullstackServersTool(SandboxShellPort shells, ProjectBackend projects) {
        this(SPEC, "fullstack_project_init", shells, projects);
    }

    private RestartFullstackServersTool(ToolSpec spec, String initTool, SandboxShellPort shells, ProjectBackend projects) {
        this.spec = spec;
        this.initTool = initTool;
        this.servers = new DevServers(shells);
        this.projects = projects;
    }

    /** {@code restart_mobile_server}: the mobile_app agent's name for the same restart. */
    public static RestartFullstackServersTool mobile(SandboxShellPort shells, ProjectBackend projects) {
        return new RestartFullstackServersTool(MOBILE_SPEC, "mobile_app_init", shells, projects);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(120);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        ProjectBackend.EnvFile env;
        try {
            env = projects.writeEnvFile(invocation.userId(), invocation.sessionId(), false, invocation.reservation());
        } catch (DomainException refused) {
            return ToolOutcome.failed("No project to restart: " + refused.getMessage()
                    + ". Create one with " + initTool + ".");
        }
        DevServers.Status status = servers.restart(invocation.sessionId(), env.project().directory(), invocation.reservation());
        return new ToolOutcome((status.running() ? "Restarted: the server answers on port " + DevServers.PORT + ".\n"
                : "The server did not come back:\n") + status.report(),
                Map.of("running", status.running(), "port", DevServers.PORT), !status.running());
    }
}
