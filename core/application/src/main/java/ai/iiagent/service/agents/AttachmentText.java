package ai.iiagent.service.agents;

import ai.iiagent.domain.files.Asset;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.DocumentUnreadableException;
import ai.iiagent.port.out.documents.ExtractedText;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The text a query's attachments add for the model: one line per file, notes, extracted document text. */
final class AttachmentText {

    private final DocumentTextPort documents;
    private final AttachmentLimits limits;
    private final StringBuilder lines = new StringBuilder("Attached files:\n");
    private final StringBuilder extracts = new StringBuilder();
    private int textBudget;

    AttachmentText(DocumentTextPort documents, AttachmentLimits limits) {
        this.documents = documents;
        this.limits = limits;
        this.textBudget = limits.maxTotalTextChars();
    }

    void inline(Asset asset, String name) {
        line(asset, name).append(": shown to you as an image\n");
    }

    void file(Asset asset, String name, Optional<String> path) {
        line(asset, name).append(path.map(p -> ": saved at " + p).orElse("")).append('\n');
    }

    void imageNotShown(Asset asset, String name, Optional<String> path, ResolvedModel model) {
        line(asset, name).append(path.map(p -> ": saved at " + p).orElse("")).append('\n');
        String why = model.vision() ? "it is larger than the " + limits.maxImageBytes() / (1 << 20) + " MiB an image may have"
                : "the model in use (" + model.displayName() + ") cannot view images";
        lines.append("  Note: ").append(name).append(" is an image, but it is not shown to you because ").append(why)
                .append(". Do not guess its contents; you may tell the user to pick a vision-capable model.\n");
    }

    void notCopied(String name, String reason) {
        lines.append("  Note: ").append(name).append(" could not be copied into the workspace (").append(reason).append(").\n");
    }

    void notRead(String name, String reason) {
        lines.append("  Note: ").append(name).append(" could not be read (").append(reason).append(").\n");
    }

    void extract(Attachment attachment, String name, DocumentFormat format) {
        if (attachment.asset().size() > limits.maxExtractBytes()) {
            lines.append("  Note: ").append(name).append(" is too large to read here; open it with your tools.\n");
            return;
        }
        int budget = Math.min(limits.maxTextChars(), textBudget);
        if (budget < 1) {
            lines.append("  Note: the text of ").append(name).append(" is left out: the attachments' text limit is reached.\n");
            return;
        }
        try (InputStream in = attachment.open()) {
            ExtractedText text = documents.extract(in, TextExtractionRequest.whole(format, budget));
            textBudget -= text.text().length();
            extracts.append("\n<document name=\"").append(name).append("\"")
                    .append(text.pageCount() > 0 ? " pages=\"" + text.pageCount() + "\"" : "")
                    .append(text.truncated() ? " truncated=\"true\"" : "").append(">\n")
                    .append(text.text()).append("\n</document>\n");
            if (text.truncated()) {
                lines.append("  Note: the text of ").append(name).append(" below is cut at ").append(budget)
                        .append(" characters; read the rest from the file.\n");
            }
        } catch (DocumentUnreadableException e) {
            lines.append("  Note: the text of ").append(name).append(" could not be read: ").append(e.getMessage()).append(".\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StringBuilder line(Asset asset, String name) {
        return lines.append("- ").append(name).append(" (").append(asset.contentType().value()).append(", ")
                .append(asset.size()).append(" bytes)");
    }

    @Override
    public String toString() {
        return lines + extracts.toString();
    }
}
