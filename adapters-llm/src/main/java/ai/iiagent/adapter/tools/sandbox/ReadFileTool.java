package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code Read}: a text file of the workspace (the runtime truncates long ones for the model). */
public final class ReadFileTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("Read", "Read a text file from your workspace.",
            Map.of("type", "object", "required", List.of("path"), "properties", Map.of(
                    "path", Map.of("type", "string", "description", "relative to the workspace"))));

    private final SandboxPort sandbox;

    public ReadFileTool(SandboxPort sandbox) {
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
        if (!(invocation.arguments().get("path") instanceof String path) || path.isBlank()) {
            return ToolOutcome.failed("path must be a non-empty string");
        }
        return ToolOutcome.ok(new String(sandbox.readFile(invocation.sessionId(), path, invocation.reservation()),
                StandardCharsets.UTF_8));
    }
}
