package ai.iiagent.domain.settings;

import ai.iiagent.domain.shared.EncryptedSecret;
import java.util.List;
import java.util.Map;

/** One configured MCP server as stored: secrets (env values, header values) are sealed. */
public sealed interface McpServer {

    String name();

    /** The sealed values by key (env for stdio, headers for remote). */
    Map<String, EncryptedSecret> secrets();

    /** A local process speaking MCP on stdin/stdout. */
    record Stdio(String name, String command, List<String> args, Map<String, EncryptedSecret> env) implements McpServer {
        public Stdio {
            args = List.copyOf(args);
            env = Map.copyOf(env);
        }

        @Override
        public Map<String, EncryptedSecret> secrets() {
            return env;
        }
    }

    /** A server reached over HTTP (streamable) or SSE. */
    record Remote(String name, String url, McpTransport transport, Map<String, EncryptedSecret> headers) implements McpServer {
        public Remote {
            headers = Map.copyOf(headers);
        }

        @Override
        public Map<String, EncryptedSecret> secrets() {
            return headers;
        }
    }
}
