package ai.iiagent.service.content;

import ai.iiagent.domain.content.SlideErrors;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.ListSlideTemplatesQuery;
import ai.iiagent.port.in.content.ListSlideTemplatesUseCase;
import ai.iiagent.port.in.content.SlideTemplatePage;
import ai.iiagent.port.out.content.SlideTemplateRepository;

/** Pages through the catalogue (page from 1, default 1; page_size 1..100, default 20). */
public final class ListSlideTemplatesService implements ListSlideTemplatesUseCase {

    private final SlideTemplateRepository templates;

    public ListSlideTemplatesService(SlideTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public SlideTemplatePage list(ListSlideTemplatesQuery query) {
        int page = query.page() == null ? 1 : query.page();
        int size = query.pageSize() == null ? 20 : query.pageSize();
        if (page < 1 || page > 100_000) {
            throw new ValidationException(SlideErrors.INVALID_PAGE, "page counts from 1");
        }
        if (size < 1 || size > 100) {
            throw new ValidationException(SlideErrors.INVALID_PAGE_SIZE, "page_size must be 1..100");
        }
        String search = query.search() == null || query.search().isBlank() ? null : query.search().strip();
        if (search != null && search.length() > 200) {
            throw new ValidationException(SlideErrors.INVALID_PAGE, "search is at most 200 characters");
        }
        return new SlideTemplatePage(templates.page(search, (page - 1) * size, size), templates.count(search), page, size);
    }
}
