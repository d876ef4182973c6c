package ai.iiagent.port.out.tools;

import java.util.List;

/**
 * The open MCP connections of one run and the agent tools they offer, listed once when opened.
 * {@link #close()} ends every connection and server process; it never throws and may be called twice.
 */
public interface McpToolset extends AutoCloseable {

    McpToolset EMPTY = new McpToolset() {
        @Override
        public List<AgentTool> tools() {
            return List.of();
        }

        @Override
        public List<McpServerProblem> problems() {
            return List.of();
        }

        @Override
        public void close() {
        }
    };

    /** Tools named {@code mcp_<server>_<tool>}, unique, in the model's allowed name charset. */
    List<AgentTool> tools();

    /** Servers that failed to start, connect or list their tools; the run goes on without them. */
    List<McpServerProblem> problems();

    @Override
    void close();
}
