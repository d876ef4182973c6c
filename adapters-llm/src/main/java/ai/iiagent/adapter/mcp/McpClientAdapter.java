package ai.iiagent.adapter.mcp;

import ai.iiagent.adapter.llm.routing.UserEndpointGuard;
import ai.iiagent.domain.settings.McpServerSpec;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpRunScope;
import ai.iiagent.port.out.tools.McpServerProblem;
import ai.iiagent.port.out.tools.McpToolsPort;
import ai.iiagent.port.out.tools.McpToolset;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link McpToolsPort} with the official MCP Java SDK: each server gets a synchronous client over
 * stdio (started by the {@link StdioLauncher}, i.e. in the session's sandbox), streamable HTTP or SSE,
 * is initialised and its tools listed once, in parallel with the others and within the connect
 * timeout. Failures become {@link McpServerProblem}s; the connections close with the toolset.
 */
public final class McpClientAdapter implements McpToolsPort {

    private static final Logger LOG = Logger.getLogger(McpClientAdapter.class.getName());
    private static final int MAX_LIST_PAGES = 20;

    private final McpClientSettings settings;
    private final StdioLauncher stdio;
    private final RemoteTransports remote;
    private final McpJsonMapper json;
    private final String version;

    public McpClientAdapter(McpClientSettings settings, StdioLauncher stdio, ObjectMapper objectMapper, String version) {
        this.settings = settings;
        this.stdio = stdio;
        this.json = new JacksonMcpJsonMapper(objectMapper.copy());
        this.remote = new RemoteTransports(json, new UserEndpointGuard(settings.allowPrivateUrls()), settings.connectTimeout());
        this.version = version;
    }

    @Override
    public McpToolset open(McpRunScope scope, List<McpServerSpec> servers) {
        ExecutorService lanes = Executors.newVirtualThreadPerTaskExecutor();
        Map<McpServerSpec, Future<Connected>> starting = new LinkedHashMap<>();
        servers.forEach(server -> starting.put(server, lanes.submit(() -> connect(scope, server))));
        List<Connected> connected = new ArrayList<>();
        List<McpServerProblem> problems = new ArrayList<>();
        long deadline = System.nanoTime() + settings.connectTimeout().plusSeconds(2).toNanos();
        starting.forEach((server, future) -> {
            try {
                connected.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                problems.add(problem(scope, server, e.getCause() == null ? e : e.getCause()));
            } catch (TimeoutException e) {
                future.cancel(true);
                problems.add(problem(scope, server, new McpServerUnavailableException("mcp_timeout",
                        "no answer within " + settings.connectTimeout().toSeconds() + " s")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                problems.add(new McpServerProblem(server.name(), "mcp_interrupted", "the run stopped while connecting"));
            }
        });
        lanes.shutdown();
        return new OpenToolset(toolsOf(connected), problems, connected.stream().map(Connected::client).toList());
    }

    private Connected connect(McpRunScope scope, McpServerSpec server) throws InterruptedException {
        McpClientTransport transport;
        ProcessStdioTransport stdioTransport = null;
        if (server.isStdio()) {
            stdioTransport = new ProcessStdioTransport(server.name(), stdio.launch(scope, server), json);
            transport = stdioTransport;
        } else {
            transport = remote.open(server);
        }
        McpSyncClient client = McpClient.sync(transport).requestTimeout(settings.toolTimeout())
                .initializationTimeout(settings.connectTimeout())
                .clientInfo(new McpSchema.Implementation("ii-agent-jvm", version)).build();
        try {
            initialize(client, stdioTransport);
            return new Connected(server.name(), client, listTools(client));
        } catch (RuntimeException e) {
            OpenToolset.closeQuietly(client);
            String said = stdioTransport == null ? "" : stdioTransport.stderrTail();
            throw said.isEmpty() ? e : new McpServerUnavailableException(e instanceof McpServerUnavailableException known
                    ? known.code() : "mcp_start_failed", rootMessage(e) + " (server stderr: " + said + ")");
        } catch (InterruptedException e) {
            OpenToolset.closeQuietly(client);
            throw e;
        }
    }

    // A stdio server that exits while starting fails now, not when the initialisation times out.
    private static void initialize(McpSyncClient client, ProcessStdioTransport stdioTransport) throws InterruptedException {
        if (stdioTransport == null) {
            client.initialize();
            return;
        }
        CompletableFuture<Object> initialized = CompletableFuture.supplyAsync(client::initialize,
                command -> Thread.ofVirtual().name("mcp-init").start(command));
        try {
            Object first = CompletableFuture.anyOf(initialized, stdioTransport.exited()).get();
            if (!initialized.isDone() && first instanceof Integer code) {
                initialized.cancel(true);
                throw new McpServerUnavailableException("mcp_start_failed", "the server process exited with code " + code
                        + " before it answered");
            }
            initialized.join();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new McpServerUnavailableException("mcp_start_failed", rootMessage(e));
        }
    }

    private List<McpSchema.Tool> listTools(McpSyncClient client) {
        List<McpSchema.Tool> tools = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_LIST_PAGES && tools.size() < settings.maxToolsPerServer(); page++) {
            McpSchema.ListToolsResult listed = cursor == null ? client.listTools() : client.listTools(cursor);
            tools.addAll(listed.tools());
            cursor = listed.nextCursor();
            if (cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        return tools.stream().limit(settings.maxToolsPerServer()).toList();
    }

    private List<AgentTool> toolsOf(List<Connected> connected) {
        Set<String> taken = new HashSet<>();
        List<AgentTool> tools = new ArrayList<>();
        for (Connected server : connected) {
            for (McpSchema.Tool tool : server.tools()) {
                String name = McpToolNames.of(server.name(), tool.name(), taken);
                taken.add(name);
                String description = "[MCP server " + server.name() + "] "
                        + (tool.description() == null ? tool.name() : tool.description());
                tools.add(new McpAgentTool(new ToolSpec(name, description, schemaOf(tool)), server.name(), tool.name(),
                        server.client(), json, settings.toolTimeout()));
            }
        }
        return tools;
    }

    // Providers want an object schema with properties; MCP servers sometimes send only {"type": "object"}.
    private static Map<String, Object> schemaOf(McpSchema.Tool tool) {
        Map<String, Object> schema = new LinkedHashMap<>(tool.inputSchema() == null ? Map.of() : tool.inputSchema());
        schema.putIfAbsent("type", "object");
        schema.putIfAbsent("properties", Map.of());
        schema.values().removeIf(value -> value == null);
        return schema;
    }

    private static McpServerProblem problem(McpRunScope scope, McpServerSpec server, Throwable failure) {
        String code = failure instanceof McpServerUnavailableException unavailable ? unavailable.code() : "mcp_start_failed";
        LOG.log(Level.WARNING, "run {0}: MCP server {1} is not available ({2}): {3}",
                new Object[] {scope.runId(), server.name(), code, rootMessage(failure)});
        return new McpServerProblem(server.name(), code, rootMessage(failure));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure || failure.getMessage() == null || failure.getMessage().equals(message) ? message
                : failure.getMessage() + ": " + message;
    }

    private record Connected(String name, McpSyncClient client, List<McpSchema.Tool> tools) {
    }
}
