package ai.iiagent.service.content;

import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.ListMediaTemplatesQuery;
import ai.iiagent.port.in.content.ListMediaTemplatesUseCase;
import ai.iiagent.port.in.content.MediaTemplatePage;
import java.util.List;

/** Pages through the stored media templates, filtered by name and type. */
public final class ListMediaTemplatesService implements ListMediaTemplatesUseCase {

    static final int MAX_PAGE_SIZE = 100;

    private final MediaCatalogueRepository repository;

    public ListMediaTemplatesService(MediaCatalogueRepository repository) {
        this.repository = repository;
    }

    @Override
    public MediaTemplatePage list(ListMediaTemplatesQuery query) {
        if (query.page() < 1) {
            throw new ValidationException(MediaErrors.INVALID_PAGE, "page starts at 1");
        }
        if (query.pageSize() < 1 || query.pageSize() > MAX_PAGE_SIZE) {
            throw new ValidationException(MediaErrors.INVALID_PAGE_SIZE, "page_size must be 1.." + MAX_PAGE_SIZE);
        }
        String name = query.name() == null ? "" : query.name().strip();
        long from = (long) (query.page() - 1) * query.pageSize();
        List<MediaTemplate> page = repository.templates(query.type(), name, from, query.pageSize());
        return new MediaTemplatePage(page, repository.countTemplates(query.type(), name), query.page(), query.pageSize());
    }
}
