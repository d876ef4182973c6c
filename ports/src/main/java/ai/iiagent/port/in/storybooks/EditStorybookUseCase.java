package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;

/** Edits of a finished book: each makes a new version sharing every page it does not change. */
public interface EditStorybookUseCase {

    /** A new version whose page {@code pageNumber} has {@code text} (and no voice-over until it is made again). */
    StorybookView editText(Identity caller, StorybookId id, int pageNumber, String text);

    /** Makes the version visible to anyone (or hides it again). */
    StorybookView publish(Identity caller, StorybookId id, boolean published);
}
