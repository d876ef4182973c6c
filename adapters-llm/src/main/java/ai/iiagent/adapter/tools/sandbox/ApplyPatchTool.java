package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code apply_patch}: the OpenAI multi-file patch format ({@link Patch}); offered to GPT-family models. */
public final class ApplyPatchTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("apply_patch",
            "Add, update, move or delete files of your workspace with a patch:\n"
                    + "*** Begin Patch\n*** Add File: path\n+new line\n*** Update File: path\n*** Move to: new/path\n"
                    + "@@ optional line to find first (e.g. a def)\n context line\n-removed line\n+added line\n"
                    + "*** Delete File: path\n*** End Patch\n"
                    + "Give about 3 lines of context around each change; paths are relative to /workspace.",
            Map.of("type", "object", "required", List.of("input"), "properties", Map.of(
                    "input", Map.of("type", "string", "description", "The whole patch text"))));

    private final SandboxWorkspacePort sandbox;

    public ApplyPatchTool(SandboxWorkspacePort sandbox) {
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
        Object input = invocation.arguments().containsKey("input") ? invocation.arguments().get("input")
                : invocation.arguments().get("patch");
        if (!(input instanceof String patch) || patch.isBlank()) {
            return ToolOutcome.failed("input must be the patch text");
        }
        WorkspaceFiles files = new WorkspaceFiles(sandbox, invocation.sessionId(), invocation.reservation());
        List<Patch.Change> changes;
        try {
            changes = Patch.apply(Patch.parse(patch), files::readText);
        } catch (ToolInputException e) {
            return ToolOutcome.failed("The patch was not applied (no file changed): " + e.getMessage());
        }
        try {
            StringBuilder text = new StringBuilder("Success. Updated the following files:\n");
            List<Map<String, Object>> shown = new ArrayList<>();
            for (Patch.Change change : changes) {
                String letter = switch (change.kind()) {
                    case ADD -> "A";
                    case DELETE -> "D";
                    case UPDATE -> "M";
                };
                if (change.content() == null) {
                    files.delete(change.path());
                } else {
                    files.writeText(change.path(), change.content());
                }
                if (change.movedFrom() != null) {
                    files.delete(change.movedFrom());
                }
                text.append(letter).append(' ').append(change.path())
                        .append(change.movedFrom() == null ? "" : " (moved from " + change.movedFrom() + ")").append('\n');
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("change", letter);
                row.put("path", change.path());
                row.put("moved_from", change.movedFrom());
                shown.add(row);
            }
            return new ToolOutcome(text.toString(), Map.of("files", shown), false);
        } catch (ToolInputException e) {
            return ToolOutcome.failed("The patch was applied only in part: " + e.getMessage());
        }
    }
}
