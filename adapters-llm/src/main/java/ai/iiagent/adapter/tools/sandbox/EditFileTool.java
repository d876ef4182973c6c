package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.Map;

/** {@code Edit}: exact string replacement in a workspace file (file_path, old_string, new_string, replace_all). */
public final class EditFileTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("Edit",
            "Replace exact text in a file of your workspace. old_string must match the file exactly (whitespace"
                    + " included) and be unique unless replace_all is true. An empty old_string creates a new file.",
            Map.of("type", "object", "required", List.of("file_path", "old_string", "new_string"), "properties", Map.of(
                    "file_path", Map.of("type", "string", "description", "The file, relative to /workspace or under it"),
                    "old_string", Map.of("type", "string", "description", "The text to replace"),
                    "new_string", Map.of("type", "string", "description", "The text to replace it with"),
                    "replace_all", Map.of("type", "boolean", "default", false,
                            "description", "Replace every occurrence of old_string"))));

    private final SandboxWorkspacePort sandbox;

    public EditFileTool(SandboxWorkspacePort sandbox) {
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
        Map<String, Object> arguments = invocation.arguments();
        if (!(arguments.get("old_string") instanceof String oldString)
                || !(arguments.get("new_string") instanceof String newString)) {
            return ToolOutcome.failed("old_string and new_string must be strings");
        }
        try {
            String path = WorkspaceFiles.relative(FileArgs.path(arguments));
            WorkspaceFiles files = new WorkspaceFiles(sandbox, invocation.sessionId(), invocation.reservation());
            StringEdit.Result edit = StringEdit.apply(WorkspaceFiles.shown(path), files.readText(path), oldString,
                    newString, Boolean.TRUE.equals(arguments.get("replace_all")));
            files.writeText(path, edit.content());
            String text = "The file " + WorkspaceFiles.shown(path) + " has been updated (" + edit.replacements()
                    + (edit.replacements() == 1 ? " replacement" : " replacements") + "). The edited part now reads:\n"
                    + NumberedLines.snippet(edit.content(), edit.firstLine(), edit.lastLine(), 3);
            return new ToolOutcome(text, Map.of("path", path, "replacements", edit.replacements()), false);
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
    }
}
