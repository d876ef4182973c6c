package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;

/**
 * Stores a slide of the caller's session as its next version.
 *
 * @throws ai.iiagent.domain.sessions.SessionNotFoundException when the session is not the caller's
 * @throws ai.iiagent.domain.shared.ValidationException for a bad name, number, type or HTML (too large: {@code slide_too_large})
 */
public interface WriteSlideUseCase {

    Slide write(SlideWriteCommand command);
}
