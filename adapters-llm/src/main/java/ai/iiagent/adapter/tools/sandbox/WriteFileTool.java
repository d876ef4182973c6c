package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code Write}: creates or replaces a text file in the workspace (contained there, so no approval needed). */
public final class WriteFileTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("Write", "Create or replace a text file in your workspace.",
            Map.of("type", "object", "required", List.of("file_path", "content"), "properties", Map.of(
                    "file_path", Map.of("type", "string", "description", "relative to /workspace, or under it"),
                    "content", Map.of("type", "string"))));

    private final SandboxWorkspacePort sandbox;

    public WriteFileTool(SandboxWorkspacePort sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("content") instanceof String content)) {
            return ToolOutcome.failed("content must be a string");
        }
        String path;
        try {
            path = WorkspaceFiles.relative(FileArgs.path(invocation.arguments()));
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        sandbox.writeFile(invocation.sessionId(), path, bytes, invocation.reservation());
        return new ToolOutcome("Wrote " + bytes.length + " bytes to " + path, Map.of("path", path, "bytes", bytes.length),
                false);
    }
}
