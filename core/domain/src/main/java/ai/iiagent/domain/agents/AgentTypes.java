package ai.iiagent.domain.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of agent types, the fifteen of the original (reference §5.10). Tool lists name both
 * families' file editors ({@code apply_patch}, {@code str_replace_based_edit_tool}) beside
 * {@code Write}/{@code Edit}; the run keeps the ones for its model's family. A type becomes
 * available when the issue that brings its tools lands (the reason names it). The {@code codex} and
 * {@code claude_code} types are ready here but depend on the server being able to install their CLI:
 * the application's {@code AgentTypeAvailability} marks them unavailable with the reason when it cannot.
 */
public final class AgentTypes {

    /** The type of a run that names none. */
    public static final String DEFAULT = "general";
    /** Every type gets these (and {@code Skill} when the user has skills, and the user's MCP tools). */
    public static final List<String> COMMON_TOOLS = List.of("ask_user_select", "register_port");

    private static final List<String> SHELL = List.of("Bash", "BashView", "BashList", "BashWriteToProcess");
    private static final List<String> FILES = List.of("Read", "Write", "Edit", "apply_patch",
            "str_replace_based_edit_tool", "Grep", "Glob");
    private static final List<String> WEB = List.of("web_search", "web_visit", "image_search");
    private static final List<String> RESEARCH = List.of("web_batch_search", "web_visit_compress", "read_remote_image");
    private static final List<String> SUB_AGENTS = List.of("sub_agent_task", "sub_agent_task_all");
    private static final List<String> DEPLOY = List.of("fullstack_project_init", "restart_fullstack_servers",
            "get_server_status", "save_checkpoint", "add_user_env", "get_database_connection");
    private static final List<String> BROWSER = ToolNames.BROWSER;

    private static final List<AgentType> ALL = List.of(
            AgentType.ready("general", "General", "Does anything in its own sandbox: shell, files, web, todo lists",
                    tools(SHELL, FILES, WEB, List.of("read_remote_image", "ask_user_env", "TodoWrite", "send_user_files"),
                            BROWSER)),
            AgentType.ready("researcher", "Researcher",
                    "Answers a question from many web sources, quickly, with citations",
                    tools(List.of("web_batch_search", "web_visit_compress", "web_search", "web_visit", "read_remote_image"),
                            BROWSER)),
            AgentType.ready("fast_research", "Fast research",
                    "Writes a cited research report in a few minutes, as a file in the workspace",
                    tools(SHELL.subList(0, 3), FILES, RESEARCH, List.of("web_search", "web_visit", "TodoWrite",
                            "send_user_files"), BROWSER)),
            AgentType.ready("deep_research", "Deep research",
                    "Writes a thorough cited report, splitting the question among parallel sub-agents",
                    tools(SHELL.subList(0, 3), FILES, RESEARCH, List.of("web_search", "web_visit", "TodoWrite",
                            "send_user_files"), SUB_AGENTS, BROWSER)),
            AgentType.ready("browser", "Browser", "Operates web pages: clicks, types, scrolls and reads them",
                    tools(BROWSER, List.of("Read", "TodoWrite"))),
            AgentType.ready("slide", "Slides", "Builds an HTML presentation deck, slide by slide",
                    tools(FILES.subList(0, 5), WEB, List.of("generate_image", "TodoWrite", "SlideWrite", "SlideEdit",
                            "slide_apply_patch"))),
            AgentType.ready("slide_nano_banana", "Image slides",
                    "Builds a deck whose slides are generated images",
                    tools(List.of("Read"), WEB, List.of("generate_image", "TodoWrite", "SlideGenerate"))),
            AgentType.ready("media", "Media", "Makes images, videos and voice-overs",
                    tools(List.of("Read", "generate_image", "generate_video", "generate_speech", "web_search", "web_visit",
                            "TodoWrite", "send_user_files", "concatenate_videos", "extract_frames"))),
            AgentType.ready("website_build", "Website",
                    "Builds a full-stack website with a database, previewed in the session",
                    tools(SHELL, FILES, WEB, DEPLOY, List.of("ask_user_env", "TodoWrite", "send_user_files"))),
            AgentType.ready("research_to_website", "Research to website",
                    "Turns a research report into a website",
                    tools(SHELL, FILES, WEB, DEPLOY, List.of("ask_user_env", "TodoWrite", "send_user_files"))),
            AgentType.ready("mobile_app", "Mobile app", "Builds an Expo mobile app you can open on your phone",
                    tools(SHELL, FILES, WEB, List.of("mobile_app_init", "restart_mobile_server",
                            "get_server_status", "save_checkpoint", "add_user_env", "ask_user_env", "TodoWrite",
                            "send_user_files"))),
            AgentType.ready("design_document", "Design document",
                    "Writes a design or technical document and hands it over as a file",
                    tools(FILES, WEB, List.of("read_remote_image", "TodoWrite", "send_user_files"))),
            AgentType.ready("task_agent", "Task agent",
                    "Carries out one well-defined task by reading and looking things up, then reports back",
                    tools(List.of("Read", "Grep", "Glob", "web_search", "web_visit", "TodoWrite"))),
            AgentType.ready("codex", "Codex", "Drives the Codex CLI in the sandbox with your OpenAI credentials",
                    tools(SHELL, FILES.subList(0, 1), List.of("codex"))),
            AgentType.ready("claude_code", "Claude Code",
                    "Drives the Claude Code CLI in the sandbox with your Anthropic credentials",
                    tools(SHELL, FILES.subList(0, 1), List.of("claude_code"))));

    private AgentTypes() {
    }

    /** Every type, in the order the product presents them. */
    public static List<AgentType> all() {
        return ALL;
    }

    public static Optional<AgentType> find(String id) {
        return ALL.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /**
     * The type a run may use: the default when none is named.
     *
     * @throws AgentTypeUnknownException when there is no such type
     * @throws AgentTypeUnavailableException when its tools are not on this server yet
     */
    public static AgentType runnable(String id) {
        String wanted = id == null || id.isBlank() ? DEFAULT : id.strip();
        AgentType type = find(wanted).orElseThrow(() -> new AgentTypeUnknownException(wanted));
        if (!type.available()) {
            throw new AgentTypeUnavailableException(type);
        }
        return type;
    }

    @SafeVarargs
    private static List<String> tools(List<String>... groups) {
        List<String> names = new ArrayList<>();
        Stream.of(groups).flatMap(List::stream).filter(name -> !names.contains(name)).forEach(names::add);
        return names;
    }
}
