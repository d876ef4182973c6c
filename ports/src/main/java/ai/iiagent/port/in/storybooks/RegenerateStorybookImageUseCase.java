package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;

/**
 * New pictures for a finished book's page, each generation held and billed like the pages' own: a new version
 * sharing the other pages.
 */
public interface RegenerateStorybookImageUseCase {

    /** A new illustration for the page, from {@code prompt} or, when it is blank, from the page's scene and the style. */
    StorybookView regenerateImage(Identity caller, StorybookId id, int pageNumber, String prompt);

    /** A generated background for the page, from {@code prompt} (required). */
    StorybookView generateBackground(Identity caller, StorybookId id, int pageNumber, String prompt);
}
