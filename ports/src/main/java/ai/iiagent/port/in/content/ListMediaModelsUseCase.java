package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaCategory;
import java.util.List;

/** The media models this server is configured with for one category, each generator's default first. */
public interface ListMediaModelsUseCase {

    List<MediaModelView> list(MediaCategory category);
}
