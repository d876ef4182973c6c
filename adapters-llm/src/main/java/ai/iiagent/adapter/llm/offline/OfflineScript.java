package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.domain.agents.ToolCall;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's rules, on the last user message: "search: TERMS", "images: TERMS" and
 * "visit: URL" → web_search, image_search, web_visit (when offered); "browse: URL" → the browser
 * ({@link OfflineBrowserRules}); a web tool's extraction request →
 * the page's lines sharing a word with the request ({@link OfflineExtraction}); "batch search: A; B",
 * "visit: URL ask: PROMPT", "compress: URL URL for: QUERY", "fetch image: URL" → the research tools
 * ({@link OfflineResearchRules}); "todo", "plan" or "steps" → a TodoWrite
 * call; "choose" or "which" → ask_user_select (the run pauses for the user); "loop forever" → the
 * same call every turn (to see loop detection); "slow" → a long, slow answer (to try Stop);
 * "mcp: TOOL {json}" → that MCP tool; "markdown demo" / "markdown long" → formatted answers
 * ({@link OfflineMarkdownRules}); "needs env NAME" → ask_user_env (the run pauses until
 * {@code save_env}); "python: CODE" → code_interpreter (chat mode); "delegate: TASK" and "delegate all: A | B"
 * → sub_agent_task / sub_agent_task_all; "fail: WHY" → the call fails as a provider error would; "work on: TOPIC"
 * → the lead tool of the run's agent type ({@link #LEAD_TOOLS}); "build site: NAME" → fullstack_project_init
 * ({@link OfflineProjectRules}); a storybook page's text or its rewrite ({@link OfflineStorybookTextRules}); anything
 * else → a short echo. In
 * plan mode ({@code submit_plan} offered) it submits the items after a colon as milestones; asked to
 * carry out milestones it names them and answers without tools. After tool results it sums them up.
 */
final class OfflineScript {

    private static final String MILESTONES_PROMPT = "Carry out these milestones of the plan";
    private static final Pattern MILESTONE_LINE = Pattern.compile("(?m)^- [^:]+: (.+)$");
    private static final String PLAN_INSTRUCTION_END = "submit it with submit_plan: ";
    private static final Pattern WRITE = Pattern.compile("(?is)write ([\\w./-]+): (.*?)(, then run it( and send it to me)?\\.?)?");
    private static final Pattern MCP = Pattern.compile("(?is)mcp: ([A-Za-z0-9_-]+)\\s*(\\{.*})?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORK_ON = "work on:";
    /**
     * "work on: TOPIC" calls the first of these the run offers, so each agent type shows its own
     * tool: deep_research delegates, the research types search in batches, general uses the shell,
     * the slide types write a small deck (OfflineSlideRules), design_document writes a file, task_agent
     * keeps a todo list, researcher searches (until
     * web_batch_search is on the server, then that).
     */
    static final List<String> LEAD_TOOLS = List.of("sub_agent_task", "web_batch_search", "Bash", "SlideWrite",
            "SlideGenerate", "Write", "TodoWrite",
            "web_search", "web_visit");
    private static final Pattern NEEDS_ENV = Pattern.compile(
            "(?is).*\\bneeds? env ([A-Za-z_][A-Za-z0-9_]*(?:(?:\\s*,\\s*|\\s+and\\s+)[A-Za-z_][A-Za-z0-9_]*)*)(?:,? then run: (.+))?");

    private OfflineScript() {
    }

    record Reply(String reasoning, String text, List<ToolCall> calls, boolean slow) {
    }

    static Reply replyTo(LlmRequest request) {
        String said = request.lastUserText();
        String lower = said.toLowerCase(Locale.ROOT);
        String callId = "call_" + (countAssistantTurns(request.messages()) + 1);
        if (!request.messages().isEmpty() && request.messages().get(0).text().startsWith("Rewrite the user's request")) {
            return new Reply("Making the request specific.", "Goal: " + said.strip() + ". Constraints: say what must"
                    + " not change and any limits. Expected result: describe what done looks like.", List.of(), false);
        }
        if (!request.messages().isEmpty() && request.messages().get(0).text().startsWith(OfflineExtraction.MARKER)) {
            return new Reply("Picking the passages that answer the request.", OfflineExtraction.answer(said), List.of(), false);
        }
        Reply storybook = request.messages().isEmpty() ? null
                : OfflineStorybookTextRules.reply(request.messages().get(0).text(), said); // docs/storybooks.md
        if (storybook != null) {
            return storybook;
        }
        Reply design = request.messages().isEmpty() ? null
                : OfflineDesignRules.reply(request.messages().get(0).text(), said); // docs/projects.md, Design mode
        if (design != null) {
            return design;
        }
        if (!request.messages().isEmpty() && request.messages().get(0).text().startsWith("Write a short title")) {
            return new Reply("Naming the conversation.", titleOf(said), List.of(), false);
        }
        if (said.equals("Write the summary now.")) {
            return new Reply("Condensing the conversation.", summaryOf(request.messages()), List.of(), false);
        }
        if (said.startsWith(MILESTONES_PROMPT)) {
            return new Reply("Working through the chosen milestones.", "Working on: " + milestonesIn(said)
                    + ". (The offline demo model only reports them done; a real model would do the work here.)",
                    List.of(), false);
        }
        Reply env = envReply(request, said, callId);
        if (env != null) {
            return env;
        }
        if (said.strip().toLowerCase(Locale.ROOT).startsWith("python:") && offered(request, "code_interpreter")
                && !OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return new Reply("Computing it with Python.", "Let me compute that.", List.of(new ToolCall(callId,
                    "code_interpreter", Map.of("code", said.strip().substring("python:".length()).strip()))), false);
        }
        Reply project = OfflineScriptedLlm.answeringToolResults(request.messages()) ? null
                : OfflineProjectRules.reply(said, callId, name -> offered(request, name)); // docs/projects.md
        if (project != null) {
            return project;
        }
        Reply lead = leadToolReply(request, said, callId);
        if (lead != null) {
            return lead;
        }
        Reply sandboxed = sandboxReply(request, said, callId);
        if (sandboxed != null) {
            return sandboxed;
        }
        Reply browsed = OfflineBrowserRules.reply(request, said, callId);
        if (browsed != null) {
            return browsed;
        }
        Reply media = OfflineScriptedLlm.answeringToolResults(request.messages()) ? null
                : OfflineMediaRules.reply(said, callId, name -> offered(request, name)); // docs/media.md
        if (media != null) {
            return media;
        }
        Reply web = webReply(request, said, callId);
        if (web != null) {
            return web;
        }
        Reply mcp = mcpReply(request, said, callId);
        if (mcp != null) {
            return mcp;
        }
        Reply delegated = delegationReply(request, said, callId);
        if (delegated != null) {
            return delegated;
        }
        if (lower.contains("loop forever") && offered(request, "TodoWrite")) {
            return new Reply("The script repeats itself here.", "Adding it again.",
                    List.of(new ToolCall(callId, "TodoWrite", Map.of("todos", List.of(todo("again"))))), false);
        }
        if (OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return new Reply("Summing up the tool results.", summary(request.messages()), List.of(), false);
        }
        if (offered(request, "submit_plan")) {
            String goal = goalOf(said);
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("summary", goal.length() > 120 ? goal.substring(0, 120) : goal);
            plan.put("milestones", todos(goal).stream().map(todo -> Map.of("content", todo.get("content"))).toList());
            return new Reply("Breaking the request into milestones.", "Here is a plan.",
                    List.of(new ToolCall(callId, "submit_plan", plan)), false);
        }
        if ((lower.contains("todo") || lower.contains("plan") || lower.contains("steps")) && offered(request, "TodoWrite")) {
            return new Reply("The user wants a list of steps; I will write them down.", "I will write that down as a todo list.",
                    List.of(new ToolCall(callId, "TodoWrite", Map.of("todos", todos(said)))), false);
        }
        if ((lower.contains("choose") || lower.contains("which")) && offered(request, "ask_user_select")) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("question", said);
            arguments.put("options", List.of("Option A", "Option B", "Option C"));
            return new Reply("This needs the user's choice.", "Let me ask you to choose.",
                    List.of(new ToolCall(callId, "ask_user_select", arguments)), false);
        }
        Reply markdown = OfflineScriptedLlm.answeringToolResults(request.messages()) ? null : OfflineMarkdownRules.reply(said);
        if (markdown != null) {
            return markdown;
        }
        if (lower.contains("slow")) {
            return new Reply("A long answer, slowly.", "This is a deliberately slow answer from the offline demo model. "
                    .repeat(6), List.of(), true);
        }
        return new Reply("A scripted echo.", "Offline demo model here (scripted, no network). You said: \"" + said
                + "\". Ask me for a todo list, to choose between options, or to answer slowly.", List.of(), false);
    }

    /** "work on: TOPIC": the first offered of {@link #LEAD_TOOLS}, with arguments made from the topic. */
    private static Reply leadToolReply(LlmRequest request, String said, String callId) {
        String text = said.strip();
        if (!text.toLowerCase(Locale.ROOT).startsWith(WORK_ON) || OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return null;
        }
        String topic = text.substring(WORK_ON.length()).strip();
        String tool = LEAD_TOOLS.stream().filter(name -> offered(request, name))
                .filter(name -> !name.equals("web_visit") || topic.startsWith("http")).findFirst().orElse(null);
        if (tool == null || topic.isEmpty()) {
            return null;
        }
        if (tool.equals("SlideWrite") || tool.equals("SlideGenerate")) {
            return OfflineSlideRules.deck(tool, topic, callId); // the slide types write a small deck (docs/slides.md)
        }
        String safe = topic.replaceAll("[^\\p{L}\\p{N} ._-]", "");
        Map<String, Object> arguments = switch (tool) {
            case "sub_agent_task" -> Map.of("description", "Research " + safe,
                    "prompt", "Research this and report your findings with sources: " + topic);
            case "web_batch_search" -> Map.of("queries", List.of(topic));
            case "Bash" -> Map.of("session_name", "main", "command", "echo 'Working on: " + safe + "'",
                    "description", "Start working on " + safe);
            case "Write" -> Map.of("file_path", safe.strip().toLowerCase(Locale.ROOT).replace(' ', '-') + ".md",
                    "content", "# " + topic + "\n\nA first draft.\n");
            case "TodoWrite" -> Map.of("todos", List.of(todo("Understand: " + topic), todo("Do it"), todo("Report back")));
            case "web_search" -> Map.of("query", topic);
            default -> Map.of("url", topic);
        };
        return new Reply("Starting with " + tool + ".", "I will start with " + tool + ".",
                List.of(new ToolCall(callId, tool, arguments)), false);
    }

    /** The milestones named in the runtime's execute prompt ("- m2: build pages" lines). */
    private static String milestonesIn(String said) {
        List<String> names = new ArrayList<>();
        Matcher line = MILESTONE_LINE.matcher(said);
        while (line.find()) {
            names.add(line.group(1).strip());
        }
        return String.join(", ", names);
    }

    /** The person's words in a plan request, without the runtime's instruction in front of them. */
    private static String goalOf(String said) {
        int instruction = said.indexOf(PLAN_INSTRUCTION_END);
        return instruction < 0 ? said : said.substring(instruction + PLAN_INSTRUCTION_END.length());
    }

    /** A title prompt's deterministic answer: the first five words, capitalised, in quotes (a model often adds them). */
    private static String titleOf(String said) {
        List<String> words = new ArrayList<>();
        for (String word : said.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < 5) {
                words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        return "\"" + (words.isEmpty() ? "New conversation" : String.join(" ", words)) + "\"";
    }

    private static List<Map<String, Object>> todos(String said) {
        String items = said.contains(":") ? said.substring(said.indexOf(':') + 1) : "";
        List<Map<String, Object>> todos = new ArrayList<>();
        for (String item : items.split(",| and ")) {
            if (!item.isBlank()) {
                todos.add(todo(item.strip()));
            }
        }
        if (todos.isEmpty()) {
            todos.add(todo("Understand the request"));
            todos.add(todo("Do the work"));
            todos.add(todo("Check the result"));
        }
        return todos;
    }

    private static Map<String, Object> todo(String content) {
        return Map.of("content", content, "status", "pending");
    }

    private static String summary(List<Message> messages) {
        StringBuilder text = new StringBuilder("Done. ");
        for (int i = messages.size() - 1; i >= 0 && messages.get(i).is(Role.TOOL); i--) {
            Message result = messages.get(i);
            text.append(result.toolName()).append(result.toolError() ? " failed: " : " said: ").append(result.text()).append(' ');
        }
        return text.toString().strip();
    }

    /**
     * Sandbox rules: "write NAME: CONTENT" → Write; with ", then run it" the next turn runs it with
     * Bash (shell session "main"); with ", then run it and send it to me" the turn after that sends
     * the file with send_user_files; "run: COMMAND" → Bash. Only when those tools are offered.
     */
    private static Reply sandboxReply(LlmRequest request, String said, String callId) {
        Matcher write = WRITE.matcher(said.strip());
        boolean answering = OfflineScriptedLlm.answeringToolResults(request.messages());
        Message last = request.messages().isEmpty() ? null : request.messages().get(request.messages().size() - 1);
        if (write.matches() && offered(request, "Write") && !answering) {
            return new Reply("Writing the file first.", "I will write " + write.group(1) + ".",
                    List.of(new ToolCall(callId, "Write", Map.of("file_path", write.group(1), "content",
                            write.group(2) + "\n"))), false);
        }
        if (write.matches() && write.group(3) != null && answering && "Write".equals(last.toolName()) && !last.toolError()
                && offered(request, "Bash")) {
            return new Reply("Now running it.", "Running " + write.group(1) + ".",
                    List.of(bash(callId, "sh " + write.group(1), "Run " + write.group(1))), false);
        }
        if (write.matches() && write.group(4) != null && answering && "Bash".equals(last.toolName()) && !last.toolError()
                && offered(request, "send_user_files")) {
            return new Reply("It ran; now the user gets the file.", "Sending you " + write.group(1) + ".",
                    List.of(new ToolCall(callId, "send_user_files", Map.of("attachments", List.of(write.group(1)),
                            "message", "Here is " + write.group(1) + "."))), false);
        }
        if (said.strip().toLowerCase(Locale.ROOT).startsWith("run:") && offered(request, "Bash") && !answering) {
            return new Reply("A command to run.", "Running it.",
                    List.of(bash(callId, said.strip().substring(4).strip(), "Run the command you gave")), false);
        }
        return null;
    }

    private static ToolCall bash(String callId, String command, String description) {
        return new ToolCall(callId, "Bash", Map.of("session_name", "main", "command", command, "description", description));
    }

    /** Web rules: "search: TERMS" → web_search, "images: TERMS" → image_search, "visit: URL" → web_visit. */
    private static Reply webReply(LlmRequest request, String said, String callId) {
        if (OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return null;
        }
        String text = said.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Reply research = OfflineResearchRules.reply(text, callId, name -> offered(request, name));
        if (research != null) {
            return research;
        }
        for (String[] rule : new String[][] {{"search:", "web_search", "query"}, {"images:", "image_search", "query"},
                {"visit:", "web_visit", "url"}}) {
            String rest = lower.startsWith(rule[0]) ? text.substring(rule[0].length()).strip() : "";
            if (!rest.isEmpty() && offered(request, rule[1])) {
                return new Reply("This needs the web.", "Using " + rule[1] + ".",
                        List.of(new ToolCall(callId, rule[1], Map.of(rule[2], rest))), false);
            }
        }
        return null;
    }

    /**
     * "needs env NAME, OTHER" → ask_user_env for those names (the run pauses until save_env); with
     * ", then run: COMMAND" the turn after the user saved them runs the command with Bash.
     */
    private static Reply envReply(LlmRequest request, String said, String callId) {
        Matcher needs = NEEDS_ENV.matcher(said.strip());
        if (!needs.matches() || !offered(request, "ask_user_env")) {
            return null;
        }
        boolean answering = OfflineScriptedLlm.answeringToolResults(request.messages());
        if (!answering) {
            List<String> names = List.of(needs.group(1).split("\\s*,\\s*|\\s+and\\s+"));
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("project_directory", "/workspace");
            arguments.put("requested_keys", names);
            arguments.put("message", "Please provide " + String.join(", ", names) + " so I can go on.");
            return new Reply("This needs values only the user has.", "I need " + String.join(", ", names) + " from you.",
                    List.of(new ToolCall(callId, "ask_user_env", arguments)), false);
        }
        Message last = request.messages().get(request.messages().size() - 1);
        if (needs.group(2) != null && "ask_user_env".equals(last.toolName()) && !last.toolError() && offered(request, "Bash")) {
            return new Reply("The variables are set; running the command.", "Running it with your variables.",
                    List.of(new ToolCall(callId, "Bash", Map.of("command", needs.group(2).strip()))), false);
        }
        return null;
    }

    /**
     * MCP rule: "mcp: TOOL {json}" → a call of the offered tool named TOOL (or the one MCP tool whose
     * name ends in "_TOOL") with the JSON object as arguments.
     */
    private static Reply mcpReply(LlmRequest request, String said, String callId) {
        Matcher mcp = MCP.matcher(said.strip());
        if (!mcp.matches() || OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return null;
        }
        String wanted = mcp.group(1);
        List<String> matching = request.tools().stream().map(spec -> spec.name())
                .filter(name -> name.equals(wanted) || name.startsWith("mcp_") && name.endsWith("_" + wanted)).toList();
        String tool = matching.contains(wanted) ? wanted : matching.size() == 1 ? matching.get(0) : null;
        if (tool == null) {
            return new Reply("No such MCP tool is offered.", "There is no MCP tool called " + wanted + " in this run.",
                    List.of(), false);
        }
        Map<String, Object> arguments;
        try {
            arguments = mcp.group(2) == null || mcp.group(2).isBlank() ? Map.of()
                    : JSON.readValue(mcp.group(2), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return new Reply("The arguments are not a JSON object.", "Those arguments are not a JSON object: "
                    + e.getOriginalMessage(), List.of(), false);
        }
        return new Reply("Calling the MCP tool.", "Calling " + tool + ".", List.of(new ToolCall(callId, tool, arguments)),
                false);
    }

    /**
     * Delegation rules: "delegate: TASK" → sub_agent_task with TASK as the prompt; "delegate all: A | B"
     * → sub_agent_task_all with one task per part. Only when offered and not answering tool results.
     */
    private static Reply delegationReply(LlmRequest request, String said, String callId) {
        if (OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return null;
        }
        String text = said.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("delegate all:") && offered(request, "sub_agent_task_all")) {
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (String part : text.substring("delegate all:".length()).split("\\|")) {
                if (!part.isBlank()) {
                    tasks.add(task(part.strip()));
                }
            }
            return new Reply("These parts can run in parallel.", "Handing out " + tasks.size() + " tasks.",
                    List.of(new ToolCall(callId, "sub_agent_task_all", Map.of("tasks", tasks))), false);
        }
        if (lower.startsWith("delegate:") && offered(request, "sub_agent_task")) {
            return new Reply("A sub-agent can do this.", "Handing it to a sub-agent.",
                    List.of(new ToolCall(callId, "sub_agent_task", task(text.substring("delegate:".length()).strip()))),
                    false);
        }
        return null;
    }

    private static Map<String, Object> task(String prompt) {
        return Map.of("description", prompt.length() > 40 ? prompt.substring(0, 40) : prompt, "prompt", prompt);
    }

    private static String summaryOf(List<Message> messages) {
        StringBuilder summary = new StringBuilder("The user asked:");
        messages.stream().filter(message -> message.is(Role.USER) && !message.text().equals("Write the summary now."))
                .forEach(message -> summary.append(" \"").append(message.text(), 0, Math.min(80, message.text().length()))
                        .append(message.text().length() > 80 ? "…\"" : "\""));
        return summary.toString();
    }

    static boolean offered(LlmRequest request, String tool) {
        return request.tools().stream().anyMatch(spec -> spec.name().equals(tool));
    }

    private static long countAssistantTurns(List<Message> messages) {
        return messages.stream().filter(message -> message.is(Role.ASSISTANT)).count();
    }
}
