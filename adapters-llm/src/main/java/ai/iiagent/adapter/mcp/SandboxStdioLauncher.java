package ai.iiagent.adapter.mcp;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.McpRunScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs stdio MCP servers inside the session's bubblewrap sandbox: same read-only system, the session's
 * {@code /workspace} as the only writable place, its uid and limits, no network unless the operator
 * allows it for MCP servers. The server's env values reach it through stdin, inside the sandbox only.
 */
public final class SandboxStdioLauncher implements StdioLauncher {

    private static final List<String> SANDBOX_PATH = List.of("/usr/local/bin", "/usr/bin", "/bin");
    private static final List<String> SYSTEM_PREFIXES = List.of("/usr/", "/bin/", "/sbin/", "/lib/", "/lib64/");

    private final BubblewrapSandbox sandbox;
    private final SandboxPort lifecycle;
    private final long cpuSeconds;
    private final boolean network;

    /**
     * @param sandbox    the local provider, which builds the sandboxed command line
     * @param lifecycle  the sessions' sandbox port: the sandbox is created (and recorded) through it first
     * @param cpuSeconds CPU-time limit of one server process (it lives for the whole run)
     * @param network    whether servers share the host network (reaches this machine's services too)
     */
    public SandboxStdioLauncher(BubblewrapSandbox sandbox, SandboxPort lifecycle, long cpuSeconds, boolean network) {
        this.sandbox = sandbox;
        this.lifecycle = lifecycle;
        this.cpuSeconds = cpuSeconds;
        this.network = network;
    }

    @Override
    public Launch launch(McpRunScope scope, McpServerSpec server) {
        requireVisible(server.command());
        List<String> command = new ArrayList<>();
        command.add(server.command());
        command.addAll(server.args());
        try {
            lifecycle.ensure(scope.sessionId(), scope.reservation()); // lazily created and recorded like for Bash
            BubblewrapSandbox.SandboxedLaunch launch = sandbox.launch(scope.sessionId(), command, server.env(), cpuSeconds,
                    network);
            return new Launch(launch.argv(), launch.environment(), launch.stdinPreamble());
        } catch (ServiceUnavailableException e) {
            throw new McpServerUnavailableException("mcp_stdio_unavailable", e.getMessage());
        }
    }

    // Fail fast and clearly for a program the sandbox cannot see (workspace programs are found at start only).
    private static void requireVisible(String command) {
        if (command.startsWith("/workspace/") || !command.startsWith("/") && command.contains("/")) {
            return;
        }
        boolean found = command.startsWith("/")
                ? SYSTEM_PREFIXES.stream().anyMatch(command::startsWith) && Files.isExecutable(Path.of(command))
                : SANDBOX_PATH.stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        if (!found) {
            throw new McpServerUnavailableException("mcp_command_not_found", "the command '" + command
                    + "' does not exist in the sandbox (it sees /usr, /bin and the session's /workspace)");
        }
    }
}
