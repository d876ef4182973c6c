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

    SlideExport export(ExportSlidesCommand command);
}
