package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookStatus;
import java.util.Optional;

/** How far a book's generation is: the book's status, pages done of all, the job's note and, if it failed, why. */
public record StorybookProgress(StorybookStatus status, int done, int total, String note, boolean finished,
                                Optional<String> error) {
}
