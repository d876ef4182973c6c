package ai.iiagent.service.content;

import ai.iiagent.domain.content.SlideTemplate;
import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.port.in.content.CreateSlideTemplateCommand;
import ai.iiagent.port.in.content.CreateSlideTemplateUseCase;
import ai.iiagent.port.out.content.SlideTemplateRepository;
import java.util.UUID;

/** Administrators add templates (the original let any signed-in user do it; this one does not). */
public final class CreateSlideTemplateService implements CreateSlideTemplateUseCase {

    private final SlideTemplateRepository templates;

    public CreateSlideTemplateService(SlideTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public SlideTemplate create(CreateSlideTemplateCommand command) {
        if (!command.caller().isAdmin()) {
            throw new AccessDeniedException("only administrators add slide templates");
        }
        SlideTemplate template = new SlideTemplate(UUID.randomUUID(), command.name(), command.html(), command.images());
        templates.save(template);
        return template;
    }
}
