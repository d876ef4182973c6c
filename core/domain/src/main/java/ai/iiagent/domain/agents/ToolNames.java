package ai.iiagent.domain.agents;

/**
 * Names of the agent wing's own tools as the model sees and calls them (its contract with the
 * model, and the {@code tool_name} of their events), and the names charges carry for work that is
 * billed outside any model-called tool.
 */
public final class ToolNames {

    /** OpenAI models' file editing tool (the patch format they were trained on). */
    public static final String APPLY_PATCH = "apply_patch";
    /** Anthropic models' file editing tool (the name their API defines). */
    public static final String TEXT_EDITOR = "str_replace_based_edit_tool";
    public static final String SUB_AGENT_TASK = "sub_agent_task";
    public static final String SUB_AGENT_TASK_ALL = "sub_agent_task_all";
    public static final String SUBMIT_PLAN = "submit_plan";
    /** Asks the user for environment variables; a {@code save_env} answer resumes the run. */
    public static final String ASK_USER_ENV = "ask_user_env";

    /** The browser tools (reference §6.1), in the order they are offered; their results update the browser view. */
    public static final java.util.List<String> BROWSER = java.util.List.of("browser_navigation", "browser_click",
            "browser_enter_text", "browser_enter_multi_texts", "browser_press_key", "browser_scroll_down",
            "browser_scroll_up", "browser_get_select_options", "browser_select_dropdown_option", "browser_switch_tab",
            "browser_open_new_tab", "browser_view_interactive_elements", "browser_wait", "browser_drag",
            "browser_restart");

    /** The charge for reading a run's attached files into the sandbox. */
    public static final String ATTACHMENTS_UPLOAD_CHARGE = "attachments_upload";
    /** The charge for opening a run's MCP servers. */
    public static final String MCP_SERVERS_CHARGE = "mcp_servers";

    private ToolNames() {
    }
}
