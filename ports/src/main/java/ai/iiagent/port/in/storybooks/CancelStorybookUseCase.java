package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;

/**
 * Stops a book's generation: no page after the one being made is started (nor held, nor billed). Another user's
 * book is not found. True when a generation was running or queued.
 */
public interface CancelStorybookUseCase {

    boolean cancel(Identity caller, StorybookId id);
}
