package ai.iiagent.domain.storybooks;

import ai.iiagent.domain.credits.Credits;
import java.util.Objects;
import java.util.UUID;

/** A book whose pages a background job is making: the book, the job, and what all its pages are quoted at. */
public record StartedStorybook(Storybook book, UUID jobId, Credits quote) {

    public StartedStorybook {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(quote, "quote");
    }
}
