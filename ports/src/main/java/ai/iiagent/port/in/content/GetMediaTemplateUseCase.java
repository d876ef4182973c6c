package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaTemplate;

/**
 * One media template by id (public).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code media_template_not_found}
 */
public interface GetMediaTemplateUseCase {

    MediaTemplate get(String templateId);
}
