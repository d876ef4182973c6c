package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTemplate;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.in.content.ListMediaTemplatesQuery;
import ai.iiagent.port.in.content.ListMediaTemplatesUseCase;
import ai.iiagent.port.in.content.MediaTemplatePage;
import java.util.List;
import java.util.Locale;

/** Pages through the built-in media templates, filtered by name and type. */
public final class ListMediaTemplatesService implements ListMediaTemplatesUseCase {

    static final int MAX_PAGE_SIZE = 100;

    @Override
    public MediaTemplatePage list(ListMediaTemplatesQuery query) {
        if (query.page() < 1) {
            throw new ValidationException(MediaErrors.INVALID_PAGE, "page starts at 1");
        }
        if (query.pageSize() < 1 || query.pageSize() > MAX_PAGE_SIZE) {
            throw new ValidationException(MediaErrors.INVALID_PAGE_SIZE, "page_size must be 1.." + MAX_PAGE_SIZE);
        }
        String name = query.name() == null ? "" : query.name().strip().toLowerCase(Locale.ROOT);
        List<MediaTemplate> matching = MediaCatalogue.templates().stream()
                .filter(template -> query.type() == null || template.type() == query.type())
                .filter(template -> template.name().toLowerCase(Locale.ROOT).contains(name))
                .toList();
        long from = (long) (query.page() - 1) * query.pageSize();
        List<MediaTemplate> page = matching.stream().skip(from).limit(query.pageSize()).toList();
        return new MediaTemplatePage(page, matching.size(), query.page(), query.pageSize());
    }
}
