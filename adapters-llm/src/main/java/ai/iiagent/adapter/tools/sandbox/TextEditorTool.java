package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code str_replace_based_edit_tool}: Anthropic's text editor (view, create, str_replace, insert,
 * undo_edit) on the workspace ({@link TextEditor}); offered to Claude-family models. Paths may be
 * absolute under {@code /workspace} as Claude writes them.
 */
public final class TextEditorTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("str_replace_based_edit_tool",
            "View and edit files of your workspace (/workspace). Commands: view (a file with line numbers, optionally"
                    + " view_range [start, end]; a directory two levels deep), create (path, file_text), str_replace"
                    + " (replace old_str, which must occur exactly once, with new_str), insert (new_str after line"
                    + " insert_line, 0 = top), undo_edit (revert your last edit of path).",
            Map.of("type", "object", "required", List.of("command", "path"), "properties", Map.ofEntries(
                    Map.entry("command", Map.of("type", "string",
                            "enum", List.of("view", "create", "str_replace", "insert", "undo_edit"))),
                    Map.entry("path", Map.of("type", "string", "description", "e.g. /workspace/src/app.py")),
                    Map.entry("file_text", Map.of("type", "string", "description", "create: the file's content")),
                    Map.entry("old_str", Map.of("type", "string", "description", "str_replace: the exact text to replace")),
                    Map.entry("new_str", Map.of("type", "string", "description", "str_replace / insert: the new text")),
                    Map.entry("insert_line", Map.of("type", "integer", "minimum", 0,
                            "description", "insert: the line after which to insert")),
                    Map.entry("view_range", Map.of("type", "array", "items", Map.of("type", "integer"),
                            "description", "view: [start, end] (1-based; end -1 = to the end)")))));

    private final SandboxWorkspacePort sandbox;
    private final EditHistory history = new EditHistory();

    public TextEditorTool(SandboxWorkspacePort sandbox) {
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
        WorkspaceFiles files = new WorkspaceFiles(sandbox, invocation.sessionId(), invocation.reservation());
        try {
            String path = WorkspaceFiles.relative(FileArgs.path(arguments));
            String shown = WorkspaceFiles.shown(path);
            String command = String.valueOf(arguments.get("command"));
            String text = switch (command) {
                case "view" -> view(files, path, shown, arguments.get("view_range"));
                case "create" -> {
                    String content = string(arguments, "file_text", "create");
                    edit(invocation, files, path, files.readText(path), content);
                    yield "File created successfully at: " + shown;
                }
                case "str_replace" -> {
                    Optional<String> before = files.readText(path);
                    TextEditor.Edited edited = TextEditor.strReplace(shown, existing(before, shown),
                            string(arguments, "old_str", "str_replace"),
                            arguments.get("new_str") instanceof String s ? s : "");
                    edit(invocation, files, path, before, edited.content());
                    yield edited.message();
                }
                case "insert" -> {
                    Optional<String> before = files.readText(path);
                    if (!(arguments.get("insert_line") instanceof Number line)) {
                        throw new ToolInputException("insert needs insert_line (0 = before the first line)");
                    }
                    String added = arguments.get("new_str") instanceof String s ? s
                            : string(arguments, "insert_text", "insert");
                    TextEditor.Edited edited = TextEditor.insert(shown, existing(before, shown), line.intValue(), added);
                    edit(invocation, files, path, before, edited.content());
                    yield edited.message();
                }
                case "undo_edit" -> undo(invocation, files, path, shown);
                default -> throw new ToolInputException("Unrecognized command " + command + ". The allowed commands are:"
                        + " view, create, str_replace, insert, undo_edit");
            };
            return new ToolOutcome(text, Map.of("command", command, "path", path), false);
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
    }

    private void edit(ToolInvocation invocation, WorkspaceFiles files, String path, Optional<String> before, String after) {
        files.writeText(path, after);
        history.remember(invocation.sessionId(), path, before);
    }

    private String undo(ToolInvocation invocation, WorkspaceFiles files, String path, String shown) {
        EditHistory.Version previous = history.takeLast(invocation.sessionId(), path)
                .orElseThrow(() -> new ToolInputException("No edit history found for " + shown + "."));
        if (previous.content().isEmpty()) {
            files.delete(path);
            return "Last edit to " + shown + " undone successfully: the file did not exist before, so it was removed.";
        }
        files.writeText(path, previous.content().get());
        return "Last edit to " + shown + " undone successfully. " + TextEditor.view(shown, previous.content().get(), null);
    }

    private static String view(WorkspaceFiles files, String path, String shown, Object range) {
        Optional<List<SandboxFileEntry>> directory = files.list(path);
        if (directory.isPresent()) {
            if (range != null) {
                throw new ToolInputException("The `view_range` parameter is not allowed when path points to a directory.");
            }
            List<String> listing = new ArrayList<>();
            for (SandboxFileEntry entry : directory.get()) {
                if (hidden(entry.path())) {
                    continue;
                }
                boolean isDirectory = entry.kind() == SandboxFileEntry.Kind.DIRECTORY;
                listing.add(WorkspaceFiles.shown(entry.path()) + (isDirectory ? "/" : ""));
                if (isDirectory) {
                    files.list(entry.path()).orElse(List.of()).stream().filter(child -> !hidden(child.path()))
                            .forEach(child -> listing.add(WorkspaceFiles.shown(child.path())
                                    + (child.kind() == SandboxFileEntry.Kind.DIRECTORY ? "/" : "")));
                }
            }
            List<String> clipped = listing.size() > TextEditor.MAX_VIEW_LINES
                    ? listing.subList(0, TextEditor.MAX_VIEW_LINES) : listing;
            return "Here's the files and directories up to 2 levels deep in " + shown + ", excluding hidden items:\n"
                    + String.join("\n", clipped) + (clipped.isEmpty() ? "(empty)" : "")
                    + (clipped.size() < listing.size() ? "\n<response clipped: " + listing.size() + " entries>" : "") + "\n";
        }
        String content = existing(files.readText(path), shown);
        List<Integer> viewRange = null;
        if (range instanceof List<?> given) {
            viewRange = given.stream().map(n -> n instanceof Number number ? number.intValue() : Integer.MIN_VALUE).toList();
        }
        return TextEditor.view(shown, content, viewRange);
    }

    private static boolean hidden(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".");
    }

    private static String existing(Optional<String> content, String shown) {
        return content.orElseThrow(() -> new ToolInputException("The path " + shown + " does not exist. Please provide"
                + " a valid path."));
    }

    private static String string(Map<String, Object> arguments, String key, String command) {
        if (!(arguments.get(key) instanceof String value)) {
            throw new ToolInputException("Parameter `" + key + "` is required for command: " + command);
        }
        return value;
    }
}
