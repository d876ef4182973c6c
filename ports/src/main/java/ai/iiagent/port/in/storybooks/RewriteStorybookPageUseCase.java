package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;

/** A finished book's page text rewritten by the model (billed like any model call): a new version sharing the other pages. */
public interface RewriteStorybookPageUseCase {

    /**
     * A new version whose page {@code pageNumber} has the model's rewrite (and no voice-over until it is made again).
     *
     * @param instruction how to rewrite it (1..2000 characters); null or blank for a general polish
     * @param text        the text to rewrite (1..5000 characters, e.g. the editor's unsaved text); null or blank for
     *                    the page's own
     */
    StorybookView rewrite(Identity caller, StorybookId id, int pageNumber, String instruction, String text);
}
