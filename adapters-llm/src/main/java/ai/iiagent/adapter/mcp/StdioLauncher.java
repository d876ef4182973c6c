package ai.iiagent.adapter.mcp;

import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.port.out.tools.McpRunScope;
import java.util.List;
import java.util.Map;

/** Where a user's stdio MCP server process runs: the argv and complete environment that start it. */
public interface StdioLauncher {

    /**
     * @throws McpServerUnavailableException when the server cannot run here (its command is missing,
     *         or stdio servers are not available with this sandbox provider)
     */
    Launch launch(McpRunScope scope, McpServerSpec server);

    /** A launcher for setups that cannot run stdio servers safely: every server is refused with {@code reason}. */
    static StdioLauncher refusing(String reason) {
        return (scope, server) -> {
            throw new McpServerUnavailableException("mcp_stdio_unavailable", reason);
        };
    }

    /** An argv and the whole environment of the process (nothing is inherited from this JVM). */
    record Launch(List<String> argv, Map<String, String> environment) {
        public Launch {
            argv = List.copyOf(argv);
            environment = Map.copyOf(environment);
            if (argv.isEmpty()) {
                throw new IllegalArgumentException("a launch needs a program");
            }
        }

        @Override
        public String toString() {
            return "Launch[" + argv.getFirst() + " …, env " + environment.keySet() + "]";
        }
    }
}
