package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code send_user_files}: hands workspace files to the user. The tool reads them from the sandbox
 * and returns them as {@link ToolFile}s; the runtime stores them with the session's files as the
 * run's owner (upload limits and allow-list apply) and the result says where they went.
 */
public final class SendUserFilesTool implements AgentTool {

    static final int MAX_FILES = 10;
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final ToolSpec SPEC = new ToolSpec("send_user_files",
            "Send files from your workspace to the user (they appear in the session's files, ready to download)."
                    + " Use it for deliverables: reports, generated code, data, images.",
            Map.of("type", "object", "required", List.of("attachments"), "properties", Map.of(
                    "message", Map.of("type", "string", "description", "A short note for the user about the files"),
                    "attachments", Map.of("type", "array", "minItems", 1, "maxItems", MAX_FILES,
                            "items", Map.of("type", "string"), "description", "Paths of the files in /workspace"))));
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("txt", "text/plain"), Map.entry("log", "text/plain"), Map.entry("md", "text/markdown"),
            Map.entry("csv", "text/csv"), Map.entry("tsv", "text/tab-separated-values"), Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"), Map.entry("css", "text/css"), Map.entry("js", "text/javascript"),
            Map.entry("ts", "text/x-typescript"), Map.entry("py", "text/x-python"), Map.entry("sh", "text/x-shellscript"),
            Map.entry("java", "text/x-java"), Map.entry("c", "text/x-c"), Map.entry("h", "text/x-c"),
            Map.entry("cpp", "text/x-c++"), Map.entry("go", "text/x-go"), Map.entry("rs", "text/x-rust"),
            Map.entry("sql", "text/x-sql"), Map.entry("yaml", "text/yaml"), Map.entry("yml", "text/yaml"),
            Map.entry("xml", "text/xml"), Map.entry("json", "application/json"), Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"), Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private final SandboxWorkspacePort sandbox;

    public SendUserFilesTool(SandboxWorkspacePort sandbox) {
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
        if (!(invocation.arguments().get("attachments") instanceof List<?> given) || given.isEmpty()) {
            return ToolOutcome.failed("attachments must list the workspace paths of the files to send");
        }
        List<String> paths = given.stream().map(String::valueOf).distinct().toList();
        if (paths.size() > MAX_FILES) {
            return ToolOutcome.failed("send at most " + MAX_FILES + " files at once");
        }
        WorkspaceFiles files = new WorkspaceFiles(sandbox, invocation.sessionId(), invocation.reservation());
        List<ToolFile> found = new ArrayList<>();
        try {
            for (String raw : paths) {
                String path = WorkspaceFiles.relative(raw);
                checkSize(files, path);
                byte[] content = files.readBytes(path);
                String name = path.substring(path.lastIndexOf('/') + 1);
                found.add(new ToolFile(path, name, contentType(name, content), content));
            }
        } catch (ToolInputException e) {
            return ToolOutcome.failed(e.getMessage());
        }
        Map<String, Object> display = new LinkedHashMap<>();
        Object message = invocation.arguments().get("message");
        display.put("message", message instanceof String text ? text : "");
        display.put("attachments", found.stream().map(ToolFile::path).toList());
        String text = "Sending " + found.size() + (found.size() == 1 ? " file" : " files") + " to the user: "
                + String.join(", ", found.stream().map(ToolFile::path).toList()) + ".";
        return new ToolOutcome(text, display, false, Credits.ZERO, found);
    }

    // Refuse big files before reading them into memory.
    private static void checkSize(WorkspaceFiles files, String path) {
        String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        SandboxFileEntry entry = files.list(parent).orElse(List.of()).stream().filter(e -> e.path().equals(path))
                .findFirst().orElseThrow(() -> new ToolInputException("no such file in the workspace: "
                        + WorkspaceFiles.shown(path)));
        if (entry.kind() == SandboxFileEntry.Kind.DIRECTORY) {
            throw new ToolInputException(WorkspaceFiles.shown(path) + " is a directory; send the files in it (or a zip)");
        }
        if (entry.sizeBytes() > MAX_FILE_BYTES) {
            throw new ToolInputException(WorkspaceFiles.shown(path) + " is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB");
        }
    }

    /** By extension; otherwise text/plain for UTF-8 text and application/octet-stream for the rest. */
    static String contentType(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String known = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\0') < 0 ? "text/plain" : "application/octet-stream";
        } catch (CharacterCodingException e) {
            return "application/octet-stream";
        }
    }
}
