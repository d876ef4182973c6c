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

/** {@code Read}: a text file of the workspace (the runtime truncates long ones for the model). */
public final class ReadFileTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("Read", "Read a text file from your workspace.",
            Map.of("type", "object", "required", List.of("file_path"), "properties", Map.of(
                    "file_path", Map.of("type", "string", "description", "relative to /workspace, or under it"))));

    private final SandboxWorkspacePort sandbox;

    public ReadFileTool(SandboxWorkspacePort sandbox) {
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
        String path;
        try {
            path = WorkspaceFiles.relative(FileArgs.path(invocation.arguments()));
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        return ToolOutcome.ok(new String(sandbox.readFile(invocation.sessionId(), path, invocation.reservation()),
                StandardCharsets.UTF_8));
    }
}
