package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;

/**
 * One slide (the query names deck and number).
 *
 * @throws ai.iiagent.domain.sessions.SessionNotFoundException when the caller may not read the session
 * @throws ai.iiagent.domain.shared.NotFoundException {@code slide_not_found}
 */
public interface GetSlideUseCase {

    Slide get(SlideQuery query);
}
