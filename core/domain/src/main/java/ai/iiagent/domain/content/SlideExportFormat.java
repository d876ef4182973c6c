package ai.iiagent.domain.content;

import ai.iiagent.domain.shared.ValidationException;
import java.util.Locale;

/** What a deck exports to: one PDF (16:9, a page per slide), a ZIP of PNGs, or a ZIP of the slides' HTML. */
public enum SlideExportFormat {
    PDF("application/pdf", "pdf"), PNG("application/zip", "zip"), ZIP("application/zip", "zip");

    private final String contentType;
    private final String extension;

    SlideExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code pdf} (the default when null), {@code png} or {@code zip}; anything else is {@code invalid_export_format}. */
    public static SlideExportFormat of(String code) {
        if (code == null || code.isBlank()) {
            return PDF;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> PDF;
            case "png" -> PNG;
            case "zip", "html" -> ZIP;
            default -> throw new ValidationException(SlideErrors.INVALID_EXPORT_FORMAT, "format must be pdf, png or zip");
        };
    }
}
