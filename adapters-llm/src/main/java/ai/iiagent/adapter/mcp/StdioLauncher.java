package ai.iiagent.adapter.mcp;

import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.port.out.tools.McpRunScope;
import java.util.Arrays;
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

    /**
     * An argv, the whole environment of the process (nothing is inherited from this JVM), and bytes
     * written to its stdin before the first MCP message (how the sandbox receives the server's own variables).
     */
    record Launch(List<String> argv, Map<String, String> environment, byte[] stdinPreamble) {
        public Launch {
            argv = List.copyOf(argv);
            environment = Map.copyOf(environment);
            stdinPreamble = stdinPreamble == null ? new byte[0] : stdinPreamble.clone();
            if (argv.isEmpty()) {
                throw new IllegalArgumentException("a launch needs a program");
            }
        }

        @Override
        public byte[] stdinPreamble() {
            return stdinPreamble.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Launch that && argv.equals(that.argv) && environment.equals(that.environment)
                    && Arrays.equals(stdinPreamble, that.stdinPreamble);
        }

        @Override
        public int hashCode() {
            return argv.hashCode() * 31 + Arrays.hashCode(stdinPreamble);
        }

        @Override
        public String toString() {
            return "Launch[" + argv.getFirst() + " …, env " + environment.keySet() + ", " + stdinPreamble.length
                    + " preamble bytes]";
        }
    }
}
