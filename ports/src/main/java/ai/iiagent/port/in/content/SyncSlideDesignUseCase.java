package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.Slide;
import java.util.List;

/**
 * Stores design-mode edits of existing slides, all or none. An edit may change text, markup and
 * style, but may not add active content the slide did not have (script, event handlers,
 * {@code javascript:} URLs, frames): that is refused with {@code slide_script_refused}.
 *
 * @throws ai.iiagent.domain.shared.NotFoundException {@code slide_not_found} for a slide that does not exist
 */
public interface SyncSlideDesignUseCase {

    List<Slide> sync(SyncSlideDesignCommand command);
}
