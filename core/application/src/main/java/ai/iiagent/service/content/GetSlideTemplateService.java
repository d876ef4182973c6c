package ai.iiagent.service.content;

import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.content.SlideTemplate;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.GetSlideTemplateUseCase;
import ai.iiagent.port.out.content.SlideTemplateRepository;
import java.util.UUID;

/** One template by id. */
public final class GetSlideTemplateService implements GetSlideTemplateUseCase {

    private final SlideTemplateRepository templates;

    public GetSlideTemplateService(SlideTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public SlideTemplate get(UUID id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException(SlideErrors.SLIDE_TEMPLATE_NOT_FOUND,
                "slide template " + id + " not found"));
    }
}
