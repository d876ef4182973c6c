package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.Storybook;
import java.util.List;

/** A storybook version with its pages in order (none when they were not asked for). */
public record StorybookView(Storybook book, List<NumberedPage> pages) {

    public StorybookView {
        pages = List.copyOf(pages);
    }
}
