package ai.iiagent.adapter.mcp;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tool of a user's MCP server as an agent tool. MCP tools can do anything their server can, so
 * each call needs the user's approval unless they turned on auto-approve.
 */
final class McpAgentTool implements AgentTool {

    private final ToolSpec spec;
    private final String server;
    private final String tool;
    private final McpSyncClient client;
    private final McpJsonMapper json;
    private final Duration timeout;

    McpAgentTool(ToolSpec spec, String server, String tool, McpSyncClient client, McpJsonMapper json, Duration timeout) {
        this.spec = spec;
        this.server = server;
        this.tool = tool;
        this.client = client;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // The user's own MCP server (its launch in the sandbox is reserved separately): free.
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolPolicy policy() {
        return ToolPolicy.REQUIRES_CONFIRMATION;
    }

    @Override
    public Duration timeout() {
        return timeout.plusSeconds(5); // the client's own request timeout fires first
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        McpSchema.CallToolResult result;
        try {
            result = client.callTool(new McpSchema.CallToolRequest(tool, invocation.arguments()));
        } catch (RuntimeException e) {
            return ToolOutcome.failed("MCP server '" + server + "' could not run " + tool + ": " + e.getMessage());
        }
        List<String> parts = new ArrayList<>();
        for (McpSchema.Content content : result.content() == null ? List.<McpSchema.Content>of() : result.content()) {
            parts.add(textOf(content));
        }
        String text = String.join("\n", parts);
        if (text.isEmpty() && result.structuredContent() != null) {
            text = write(result.structuredContent());
        }
        boolean error = Boolean.TRUE.equals(result.isError());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("server", server);
        display.put("tool", tool);
        display.put("text", text);
        if (result.structuredContent() != null) {
            display.put("structured_content", result.structuredContent());
        }
        display.put("is_error", error);
        return new ToolOutcome(text, display, error);
    }

    private String textOf(McpSchema.Content content) {
        return switch (content) {
            case McpSchema.TextContent text -> text.text();
            case McpSchema.ImageContent image -> "[image " + image.mimeType() + ", " + base64Bytes(image.data()) + " bytes]";
            case McpSchema.AudioContent audio -> "[audio " + audio.mimeType() + ", " + base64Bytes(audio.data()) + " bytes]";
            case McpSchema.EmbeddedResource embedded -> embedded.resource() instanceof McpSchema.TextResourceContents text
                    ? text.text() : "[resource " + embedded.resource().uri() + "]";
            case McpSchema.ResourceLink link -> "[resource link " + link.uri() + "]";
            default -> write(content);
        };
    }

    private static long base64Bytes(String data) {
        return data == null ? 0 : data.length() * 3L / 4;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            return String.valueOf(value);
        }
    }
}
