package ai.iiagent.port.in.content;

import ai.iiagent.domain.content.MediaTemplate;
import java.util.List;

/** One page of media templates and how many match in all. */
public record MediaTemplatePage(List<MediaTemplate> items, long total, int page, int pageSize) {

    public MediaTemplatePage {
        items = List.copyOf(items);
    }
}
