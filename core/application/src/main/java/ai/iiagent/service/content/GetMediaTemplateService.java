package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.GetMediaTemplateUseCase;

/** One built-in media template by id. */
public final class GetMediaTemplateService implements GetMediaTemplateUseCase {

    @Override
    public MediaTemplate get(String templateId) {
        return MediaCatalogue.template(templateId).orElseThrow(() -> new NotFoundException(
                MediaErrors.MEDIA_TEMPLATE_NOT_FOUND, "no media template " + templateId));
    }
}
