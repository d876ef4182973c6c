package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideExport;

/**
 * Renders a deck (PDF: one 16:9 page per slide; PNG: a ZIP of one picture per slide; ZIP: the slides'
 * HTML), recorded as an export with its status, under a credit hold of the session's owner.
 *
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code export_unavailable} when no renderer runs here
 * @throws ai.iiagent.domain.shared.NotFoundException {@code presentation_not_found}, {@code session_not_found}
 */
public interface ExportSlidesUseCase {

    /**
     * Everything {@link #export} checks before it writes a byte (the caller may read the session, the deck
     * exists, a renderer runs here), so a streaming caller can answer an error before its response starts.
     */
    void check(SlideQuery deck, ai.iiagent.domain.content.SlideExportFormat format);

    SlideExport export(ExportSlidesCommand command);
}
