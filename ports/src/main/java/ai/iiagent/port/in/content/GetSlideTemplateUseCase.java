package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideTemplate;
import java.util.UUID;

/**
 * One template (public).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code slide_template_not_found}
 */
public interface GetSlideTemplateUseCase {

    SlideTemplate get(UUID id);
}
