package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideVersion;
import java.util.List;

/**
 * A slide's versions, oldest first (owner only).
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code slide_not_found}, {@code session_not_found}
 */
public interface ListSlideVersionsUseCase {

    List<SlideVersion> versions(SlideQuery query);
}
