package ai.iiagent.service.content;

import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.port.in.content.ListMediaToolsUseCase;
import java.util.List;

/** The stored media mini-tools. */
public final class ListMediaToolsService implements ListMediaToolsUseCase {

    private final MediaCatalogueRepository repository;

    public ListMediaToolsService(MediaCatalogueRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<MediaTool> list() {
        return repository.tools();
    }
}
