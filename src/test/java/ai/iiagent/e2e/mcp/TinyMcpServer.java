package ai.iiagent.e2e.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real MCP server for the tests, on the official MCP Java SDK over stdio, started as its own java
 * process. Tools: {@code add} (a + b), {@code echo_upper} (text upper-cased, with the GREETING env
 * value the client passed), {@code whoami} (what the process can see: uid, workspace, /root).
 */
public final class TinyMcpServer {

    private TinyMcpServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(json))
                .serverInfo("tiny-test-server", "1.0.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(add(), echoUpper(), whoami())
                .build();
        Thread.currentThread().join(); // serve until stdin closes and the client ends the process
        server.close();
    }

    private static McpServerFeatures.SyncToolSpecification add() {
        McpSchema.Tool tool = McpSchema.Tool.builder().name("add").description("Adds two numbers.")
                .inputSchema(Map.of("type", "object", "required", List.of("a", "b"), "properties",
                        Map.of("a", Map.of("type", "number"), "b", Map.of("type", "number"))))
                .build();
        return new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> {
            double sum = ((Number) request.arguments().get("a")).doubleValue()
                    + ((Number) request.arguments().get("b")).doubleValue();
            String text = sum == Math.rint(sum) ? Long.toString((long) sum) : Double.toString(sum);
            return McpSchema.CallToolResult.builder().addTextContent("sum=" + text).isError(false).build();
        });
    }

    private static McpServerFeatures.SyncToolSpecification echoUpper() {
        McpSchema.Tool tool = McpSchema.Tool.builder().name("echo_upper").description("Echoes the text in upper case.")
                .inputSchema(Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string"))))
                .build();
        return new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> McpSchema.CallToolResult.builder()
                .addTextContent(System.getenv().getOrDefault("GREETING", "") + " "
                        + String.valueOf(request.arguments().get("text")).toUpperCase(java.util.Locale.ROOT))
                .build());
    }

    private static McpServerFeatures.SyncToolSpecification whoami() {
        McpSchema.Tool tool = McpSchema.Tool.builder().name("whoami").description("Where does this server run?")
                .inputSchema(Map.of("type", "object")).build();
        return new McpServerFeatures.SyncToolSpecification(tool, (exchange, request) -> {
            String cwd = Path.of("").toAbsolutePath().toString();
            boolean rootVisible = Files.isReadable(Path.of("/root")) && Files.exists(Path.of("/root"));
            String leaked = System.getenv().keySet().stream().filter(key -> key.startsWith("TEST_DB") || key.equals("USER")
                    || key.equals("MAVEN_CMD_LINE_ARGS")).sorted().toList().toString();
            return McpSchema.CallToolResult.builder().addTextContent("cwd=" + cwd + " root_visible=" + rootVisible
                    + " host_env=" + leaked).build();
        });
    }
}
