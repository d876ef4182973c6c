package ai.iiagent.port.in.content;

import java.util.List;

/**
 * The session's decks (only the named one when the query names one), each with its slides.
 *
 * @throws ai.iiagent.domain.sessions.SessionNotFoundException when the caller may not read the session
 * @throws ai.iiagent.domain.shared.NotFoundException {@code presentation_not_found} for a named deck that has no slides
 */
public interface ListSlidesUseCase {

    List<Presentation> list(SlideQuery query);
}
