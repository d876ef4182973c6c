package ai.iiagent.domain.storybooks;

import java.util.Objects;

/** A page at its place in one version of a book (numbered from 1). */
public record NumberedPage(int number, StoryPage page) {

    public NumberedPage {
        if (number < 1 || number > Storybook.MAX_PAGES) {
            throw new IllegalArgumentException("page number must be 1.." + Storybook.MAX_PAGES);
        }
        Objects.requireNonNull(page, "page");
    }
}
