package ai.iiagent.service.content;

import ai.iiagent.domain.content.MediaCatalogue;
import ai.iiagent.domain.content.MediaErrors;
import ai.iiagent.domain.content.MediaTool;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.in.content.GetMediaToolUseCase;

/** One built-in media mini-tool by id. */
public final class GetMediaToolService implements GetMediaToolUseCase {

    @Override
    public MediaTool get(String toolId) {
        return MediaCatalogue.tool(toolId).orElseThrow(() -> new NotFoundException(MediaErrors.MEDIA_TOOL_NOT_FOUND,
                "no media tool " + toolId));
    }
}
