package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideTemplate;

/**
 * Adds a template.
 *
 * @throws ai.iiagent.domain.shared.AccessDeniedException when the caller is not an administrator
 */
public interface CreateSlideTemplateUseCase {

    SlideTemplate create(CreateSlideTemplateCommand command);
}
