package ai.iiagent.service.chat;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.chat.ChatFile;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.files.Asset;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.out.chat.ChatFileIndex;
import ai.iiagent.port.out.documents.DocumentFormat;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.documents.TextExtractionRequest;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.agents.AttachedInput;
import ai.iiagent.service.agents.QueryAttachments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A chat message's {@code file_ids}: checked like an agent query's (the agent wing's
 * {@link QueryAttachments}: own ready assets, limits), read for the model the same way (images as
 * image parts for a vision model, PDF and Office text, a copy in the session's workspace for
 * {@code code_interpreter}), plus plain-text files' text; and every document's text is chunked and
 * indexed for {@code file_search}.
 */
public final class ChatAttachments {

    private static final Logger LOG = Logger.getLogger(ChatAttachments.class.getName());
    /** The most text of one file indexed for file_search. */
    static final int MAX_INDEXED_CHARS = 2_000_000;
    /** The most text of plain-text files added to the message, together. */
    static final int MAX_PLAIN_TEXT_CHARS = 100_000;
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/xml", "application/x-yaml",
            "application/yaml", "application/javascript", "application/x-sh", "application/sql");
    private static final Set<String> TEXT_EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".csv", ".tsv", ".json", ".xml",
            ".yaml", ".yml", ".log", ".py", ".java", ".js", ".ts", ".html", ".css", ".sql", ".sh", ".toml", ".ini");

    private final QueryAttachments queries;
    private final DocumentTextPort documents;
    private final ChatFileIndex index;

    public ChatAttachments(QueryAttachments queries, DocumentTextPort documents, ChatFileIndex index) {
        this.queries = queries;
        this.documents = documents;
        this.index = index;
    }

    /** No attachments on this server: any attached file is refused. */
    public static ChatAttachments none(ChatFileIndex index) {
        return new ChatAttachments(QueryAttachments.UNAVAILABLE, null, index);
    }

    ChatFileIndex index() {
        return index;
    }

    List<Attachment> check(Identity owner, List<String> fileIds) {
        return queries.check(owner, fileIds);
    }

    static List<ChatFile> shown(List<Attachment> attachments) {
        return attachments.stream().map(attachment -> file(attachment.asset())).toList();
    }

    /** What the model gets with the message; the documents' text is indexed on the way. */
    AttachedInput read(Identity owner, SessionId session, ChatMessageId message, List<Attachment> attachments,
                       ResolvedModel model) {
        if (attachments.isEmpty()) {
            return AttachedInput.NONE;
        }
        AttachedInput input = queries.reader().read(owner, session, new RunId(message.value()), attachments, model);
        StringBuilder plain = new StringBuilder();
        for (Attachment attachment : attachments) {
            try {
                String text = text(attachment);
                if (text == null) {
                    continue;
                }
                index.index(session, message, file(attachment.asset()), ChatFileChunks.split(text));
                if (plainText(attachment.asset()) && plain.length() < MAX_PLAIN_TEXT_CHARS) {
                    String shown = text.length() > MAX_PLAIN_TEXT_CHARS - plain.length()
                            ? text.substring(0, MAX_PLAIN_TEXT_CHARS - plain.length()) : text;
                    plain.append("\n<document name=\"").append(attachment.asset().fileName().value()).append("\"")
                            .append(shown.length() < text.length() ? " truncated=\"true\"" : "").append(">\n")
                            .append(shown).append("\n</document>\n");
                }
            } catch (IOException | RuntimeException e) {
                // the reader already told the model what it could not read; the file is just not searchable
                LOG.log(Level.FINE, "attachment " + attachment.asset().id() + " not indexed", e);
            }
        }
        List<ImagePart> images = input.images();
        return new AttachedInput(input.text() + plain, images);
    }

    /** The file's text (documents extracted, plain text decoded), or null for other files (images, archives). */
    private String text(Attachment attachment) throws IOException {
        Asset asset = attachment.asset();
        if (plainText(asset)) {
            try (InputStream in = attachment.open()) {
                byte[] bytes = in.readNBytes(MAX_INDEXED_CHARS);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
        var format = DocumentFormat.of(asset.contentType().value(), asset.fileName().value());
        if (documents == null || format.isEmpty() || !documents.supports(format.get())) {
            return null;
        }
        try (InputStream in = attachment.open()) {
            return documents.extract(in, TextExtractionRequest.whole(format.get(), MAX_INDEXED_CHARS)).text();
        }
    }

    private static boolean plainText(Asset asset) {
        String type = asset.contentType().value().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String name = asset.fileName().value().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return type.startsWith("text/") || TEXT_TYPES.contains(type)
                || dot >= 0 && TEXT_EXTENSIONS.contains(name.substring(dot));
    }

    private static ChatFile file(Asset asset) {
        return new ChatFile(asset.id().toString(), asset.fileName().value(), asset.contentType().value(), asset.size());
    }
}
