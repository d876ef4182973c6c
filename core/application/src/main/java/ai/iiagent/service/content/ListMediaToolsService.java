package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.port.in.content.ListMediaToolsUseCase;
import java.util.List;

/** The built-in media mini-tools. */
public final class ListMediaToolsService implements ListMediaToolsUseCase {

    @Override
    public List<MediaTool> list() {
        return MediaCatalogue.tools();
    }
}
