package ai.iiagent.service.content;

import ai.iiagent.port.out.content.MediaCatalogueRepository;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.GetMediaToolUseCase;

/** One stored media mini-tool by id. */
public final class GetMediaToolService implements GetMediaToolUseCase {

    private final MediaCatalogueRepository repository;

    public GetMediaToolService(MediaCatalogueRepository repository) {
        this.repository = repository;
    }

    @Override
    public MediaTool get(String toolId) {
        return repository.tool(toolId).orElseThrow(() -> new NotFoundException(MediaErrors.MEDIA_TOOL_NOT_FOUND,
                "no media tool " + toolId));
    }
}
