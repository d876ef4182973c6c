package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.storybooks.Storybook;
import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import java.util.List;

/** Reading storybooks: the caller's own (another user's answer not found), and published ones for anyone. */
public interface ReadStorybooksUseCase {

    StorybookView get(Identity caller, StorybookId id);

    /** The caller's books in their session, newest first; pages only when asked for. */
    List<StorybookView> inSession(Identity caller, SessionId sessionId, boolean includePages);

    /** Every version of the book {@code id} belongs to, oldest first. */
    List<Storybook> versions(Identity caller, StorybookId id);

    StorybookProgress progress(Identity caller, StorybookId id);

    /** A published version with its pages, for anyone; not found when it is not published. */
    StorybookView published(StorybookId id);
}
