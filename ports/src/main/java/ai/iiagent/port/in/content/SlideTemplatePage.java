package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.SlideTemplate;
import java.util.List;

/** One page of the template catalogue. */
public record SlideTemplatePage(List<SlideTemplate> templates, long total, int page, int pageSize) {

    public SlideTemplatePage {
        templates = List.copyOf(templates);
    }
}
