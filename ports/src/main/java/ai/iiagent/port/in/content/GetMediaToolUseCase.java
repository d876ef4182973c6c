package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaTool;

/**
 * One media mini-tool by id (public).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code media_tool_not_found}
 */
public interface GetMediaToolUseCase {

    MediaTool get(String toolId);
}
