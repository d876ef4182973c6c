package ai.iiagent.adapter.mcp;

import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpServerProblem;
import ai.iiagent.port.out.tools.McpToolset;
import io.modelcontextprotocol.client.McpSyncClient;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A run's open MCP clients; closing ends them all at once (a stdio server's process gets SIGTERM). */
final class OpenToolset implements McpToolset {

    private static final Logger LOG = Logger.getLogger(OpenToolset.class.getName());
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final List<AgentTool> tools;
    private final List<McpServerProblem> problems;
    private final List<McpSyncClient> clients;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenToolset(List<AgentTool> tools, List<McpServerProblem> problems, List<McpSyncClient> clients) {
        this.tools = List.copyOf(tools);
        this.problems = List.copyOf(problems);
        this.clients = List.copyOf(clients);
    }

    @Override
    public List<AgentTool> tools() {
        return tools;
    }

    @Override
    public List<McpServerProblem> problems() {
        return problems;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || clients.isEmpty()) {
            return;
        }
        ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor();
        clients.forEach(client -> lanes.submit(() -> closeQuietly(client)));
        lanes.shutdown();
        try {
            if (!lanes.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("MCP connections did not close within " + CLOSE_WAIT_SECONDS + " s");
                lanes.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void closeQuietly(McpSyncClient client) {
        try {
            if (!client.closeGracefully()) {
                client.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing an MCP client failed", e);
            try {
                client.close();
            } catch (RuntimeException ignored) {
                // already closed or never started: nothing is left to end
            }
        }
    }
}
