package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaTool;
import java.util.List;

/** The media mini-tools (public), available or not (an unavailable one says why). */
public interface ListMediaToolsUseCase {

    List<MediaTool> list();
}
