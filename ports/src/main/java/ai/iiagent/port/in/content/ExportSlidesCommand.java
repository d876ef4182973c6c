package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideExportFormat;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Export one deck to {@code out}, telling {@code progress} after each slide.
 *
 * @param deck which session and deck, read by whom (see {@link SlideQuery}; the slide number is ignored)
 * @param progress told {@code (done, total)} after each slide, in order
 */
public record ExportSlidesCommand(SlideQuery deck, SlideExportFormat format, OutputStream out,
                                  BiConsumer<Integer, Integer> progress) {

    public ExportSlidesCommand {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        progress = progress == null ? (done, total) -> { } : progress;
    }
}
