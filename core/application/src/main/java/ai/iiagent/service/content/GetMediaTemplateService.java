package ai.iiagent.service.content;

import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.GetMediaTemplateUseCase;

/** One stored media template by id. */
public final class GetMediaTemplateService implements GetMediaTemplateUseCase {

    private final MediaCatalogueRepository repository;

    public GetMediaTemplateService(MediaCatalogueRepository repository) {
        this.repository = repository;
    }

    @Override
    public MediaTemplate get(String templateId) {
        return repository.template(templateId).orElseThrow(() -> new NotFoundException(
                MediaErrors.MEDIA_TEMPLATE_NOT_FOUND, "no media template " + templateId));
    }
}
