package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Read}: a file of the workspace. Text as it is (the runtime truncates long ones for the
 * model); PDF, Word, Excel and PowerPoint files as their extracted text, PDFs by page range; images
 * as an image for the model to look at (the runtime turns it into a note for a model without vision).
 */
public final class ReadFileTool implements AgentTool {

    /** Document text handed back per call; the model asks for further pages. */
    static final int DOCUMENT_CHARS = 40_000;
    /** The largest image handed to a model: the smallest per-image limit of the providers (Anthropic). */
    static final int IMAGE_BYTES = 5 << 20;
    private static final Map<String, String> IMAGE_TYPES = Map.of(".png", "image/png", ".jpg", "image/jpeg",
            ".jpeg", "image/jpeg", ".gif", "image/gif", ".webp", "image/webp");

    private static final ToolSpec SPEC = new ToolSpec("Read",
            "Read a file from your workspace. Text files are returned as they are; PDF, Word (.docx), Excel (.xlsx)"
                    + " and PowerPoint (.pptx) files as their text (for a long PDF, ask for pages, e.g. \"1-5\");"
                    + " images (.png, .jpg, .gif, .webp) are shown to you when your model can view images.",
            Map.of("type", "object", "required", List.of("file_path"), "properties", Map.of(
                    "file_path", Map.of("type", "string", "description", "relative to /workspace, or under it"),
                    "pages", Map.of("type", "string",
                            "description", "PDF only: the pages to read, \"3\" or \"2-5\" (default: from the first page)"))));

    private final SandboxWorkspacePort sandbox;
    private final DocumentTextPort documents;

    public ReadFileTool(SandboxWorkspacePort sandbox, DocumentTextPort documents) {
        this.sandbox = sandbox;
        this.documents = documents;
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
        byte[] content = sandbox.readFile(invocation.sessionId(), path, invocation.reservation());
        Optional<String> imageType = imageType(path);
        if (imageType.isPresent()) {
            return image(WorkspaceFiles.shown(path), imageType.get(), content);
        }
        Optional<DocumentFormat> document = DocumentFormat.of(null, path).filter(documents::supports);
        if (document.isPresent()) {
            return new DocumentReading(documents, DOCUMENT_CHARS)
                    .read(WorkspaceFiles.shown(path), content, document.get(), invocation.arguments().get("pages"));
        }
        return ToolOutcome.ok(new String(content, StandardCharsets.UTF_8));
    }

    private static ToolOutcome image(String shownPath, String mediaType, byte[] content) {
        if (content.length > IMAGE_BYTES) {
            return ToolOutcome.failed(shownPath + " is an image of " + content.length + " bytes; images up to "
                    + IMAGE_BYTES + " bytes can be viewed. Make a smaller copy (e.g. with Python's PIL) and read that.");
        }
        String name = shownPath.substring(shownPath.lastIndexOf('/') + 1);
        return new ToolOutcome("[" + shownPath + ": " + mediaType + ", " + content.length + " bytes; the image follows]",
                Map.of("path", shownPath, "content_type", mediaType, "size", content.length), false, null, List.of(),
                List.of(ImagePart.of(name, mediaType, content)));
    }

    private static Optional<String> imageType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return IMAGE_TYPES.entrySet().stream().filter(entry -> lower.endsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
