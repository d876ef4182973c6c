package ai.iiagent.domain.settings;

/** Keys of the {@code Skill} tool's result shown to clients, beyond the skill's name, description and source. */
public final class SkillToolDisplay {

    /** How many package files were copied into the workspace. */
    public static final String FILES = "files";
    /** The workspace folder that received them. */
    public static final String FILES_DIRECTORY = "files_directory";
    /** Why they could not be copied (the instructions loaded anyway). */
    public static final String FILES_ERROR = "files_error";

    private SkillToolDisplay() {
    }
}
