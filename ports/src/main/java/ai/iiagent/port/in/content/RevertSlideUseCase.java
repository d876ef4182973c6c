package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;

/**
 * Stores the content of an older version as the slide's next version (history is never rewritten).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code slide_not_found}, {@code slide_version_not_found}
 */
public interface RevertSlideUseCase {

    Slide revert(RevertSlideCommand command);
}
