package ai.iiagent.port.in.storybooks;

import ai.iiagent.domain.storybooks.StorybookId;
import ai.iiagent.domain.users.Identity;
import java.util.Map;

/** Edits of a finished book: each makes a new version sharing every page it does not change. */
public interface EditStorybookUseCase {

    /** A new version whose page {@code pageNumber} has {@code text} (and no voice-over until it is made again). */
    StorybookView editText(Identity caller, StorybookId id, int pageNumber, String text);

    /** A new version with new text on each page of {@code texts} (page number to text), the other pages shared. */
    StorybookView saveTexts(Identity caller, StorybookId id, Map<Integer, String> texts);

    /**
     * A new version whose page {@code pageNumber} has the uploaded picture as background: PNG, JPEG, WebP or GIF
     * (checked on the bytes, not only the declared type), at most {@code StoryPage.MAX_BACKGROUND_BYTES}.
     */
    StorybookView setBackground(Identity caller, StorybookId id, int pageNumber, String contentType, byte[] content);

    /** Makes the version visible to anyone (or hides it again). */
    StorybookView publish(Identity caller, StorybookId id, boolean published);
}
