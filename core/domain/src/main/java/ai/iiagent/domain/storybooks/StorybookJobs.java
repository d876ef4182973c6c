package ai.iiagent.domain.storybooks;

/**
 * Names the storybook generation uses outside the process: the job kind and its parameters (stored with the job),
 * and the tool name its page charges are recorded under.
 */
public final class StorybookJobs {

    /** The job that generates a version's missing pages, one after the other. */
    public static final String GENERATE_PAGES = "storybook_pages";
    public static final String BOOK_PARAMETER = "storybook_id";
    /** The job that reads a new version's pages aloud (voice-over added after the book was made). */
    public static final String VOICE_OVER = "storybook_voice";
    public static final String LANGUAGE_PARAMETER = "language";
    public static final String FORCE_PARAMETER = "force";
    public static final String SCENE_PARAMETER_PREFIX = "scene_";
    /** The chat media mode tool, and the name page charges are billed under. */
    public static final String TOOL = "generate_storybook";
    public static final String IMAGE_PART = "image";
    /** The page's text written by the model (billed as an LLM call under the book's id). */
    public static final String TEXT_PART = "text";
    public static final String VOICE_PART = "voice";
    public static final String BACKGROUND_PART = "background";

    private StorybookJobs() {
    }

    public static String sceneParameter(int pageNumber) {
        return SCENE_PARAMETER_PREFIX + pageNumber;
    }
}
