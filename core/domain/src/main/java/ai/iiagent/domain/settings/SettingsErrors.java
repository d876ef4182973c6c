package ai.iiagent.domain.settings;

/** The stable codes of the settings feature's errors (its exceptions take the code as text). */
public final class SettingsErrors {

    /** An uploaded skill takes the name of a built-in one. */
    public static final String SKILL_NAME_CONFLICT = "skill_name_conflict";
    /** Built-in skills cannot be deleted. */
    public static final String SKILL_READ_ONLY = "skill_read_only";
    /** System models cannot be changed by users. */
    public static final String MODEL_SETTING_READ_ONLY = "model_setting_read_only";
    /** The user has that model configured already. */
    public static final String MODEL_SETTING_EXISTS = "model_setting_exists";
    /** The MCP configuration exceeds its size limit. */
    public static final String MCP_CONFIG_TOO_LARGE = "mcp_config_too_large";
    /** Two MCP servers share a name. */
    public static final String INVALID_MCP_SERVER_NAME = "invalid_mcp_server_name";
    /** An MCP server's configuration is malformed. */
    public static final String INVALID_MCP_CONFIG = "invalid_mcp_config";

    private SettingsErrors() {
    }
}
