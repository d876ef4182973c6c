package ai.iiagent.port.out.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document formats whose text an agent can read, known by media type or file-name extension.
 * {@link #paged()} formats are read by page ranges; the others from the start.
 */
public enum DocumentFormat {
    PDF("application/pdf", ".pdf", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", false),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", false);

    private final String mediaType;
    private final String extension;
    private final boolean paged;

    DocumentFormat(String mediaType, String extension, boolean paged) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.paged = paged;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean paged() {
        return paged;
    }

    /**
     * The format named by the media type (parameters and case ignored), else by the file name's extension
     * (browsers often send {@code application/octet-stream} for Office files); empty for anything else.
     */
    public static Optional<DocumentFormat> of(String mediaType, String fileName) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst()
                .or(() -> Arrays.stream(values()).filter(format -> name.endsWith(format.extension)).findFirst());
    }
}
