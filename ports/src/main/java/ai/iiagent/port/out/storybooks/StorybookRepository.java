package ai.iiagent.port.out.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.NumberedPage;
import ai.iiagent.domain.storybooks.StoryPage;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.storybooks.StorybookStatus;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storybook versions and their pages. A page is stored once and placed in any number of versions, so a new
 * version made by an edit shares every page it did not change.
 */
public interface StorybookRepository {

    /** Stores a new version (no pages yet). */
    void create(Storybook book);

    Optional<Storybook> find(StorybookId id);

    /** The owner's books in a session, newest first (every version). */
    List<Storybook> inSession(UserId owner, SessionId sessionId);

    /** Every version of the book whose first version is {@code rootId}, oldest first. */
    List<Storybook> versions(StorybookId rootId);

    /** Stores a new page and puts it at {@code number} in the book, replacing what was there. */
    void placeNewPage(StorybookId book, int number, StoryPage page);

    /** Puts every page of {@code from} into {@code to} at the same numbers, except {@code exceptNumber} (0: none). */
    void sharePages(StorybookId from, StorybookId to, int exceptNumber);

    /** The book's pages in order. */
    List<NumberedPage> pages(StorybookId book);

    void setStatus(StorybookId book, StorybookStatus status, Instant now);

    void setPublished(StorybookId book, boolean published, Instant now);
}
