package ai.iiagent.adapter.llm.offline;

import ai.iiagent.port.out.llm.LlmMessage;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's rules, on the last user message: "todo", "plan" or "steps" → a TodoWrite
 * call; "choose" or "which" → ask_user_select (the run pauses for the user); "loop forever" → the
 * same call every turn (to see loop detection); "slow" → a long, slow answer (to try Stop);
 * "needs env NAME" → ask_user_env (the run pauses until {@code save_env}); "python: CODE" →
 * code_interpreter (chat mode);
 * anything else → a short echo. In plan mode ({@code submit_plan} offered) it submits the items after
 * a colon as milestones. After tool results it sums them up.
 */
final class OfflineScript {

    private static final Pattern WRITE = Pattern.compile("(?is)write ([\\w./-]+): (.*?)(, then run it\\.?)?");
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
        if (!request.messages().isEmpty() && request.messages().get(0).text().startsWith("Write a short title")) {
            return new Reply("Naming the conversation.", titleOf(said), List.of(), false);
        }
        if (said.equals("Write the summary now.")) {
            return new Reply("Condensing the conversation.", summaryOf(request.messages()), List.of(), false);
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
        Reply sandboxed = sandboxReply(request, said, callId);
        if (sandboxed != null) {
            return sandboxed;
        }
        if (lower.contains("loop forever") && offered(request, "TodoWrite")) {
            return new Reply("The script repeats itself here.", "Adding it again.",
                    List.of(new ToolCall(callId, "TodoWrite", Map.of("todos", List.of(todo("again"))))), false);
        }
        if (OfflineScriptedLlm.answeringToolResults(request.messages())) {
            return new Reply("Summing up the tool results.", summary(request.messages()), List.of(), false);
        }
        if (offered(request, "submit_plan")) {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("summary", said.length() > 120 ? said.substring(0, 120) : said);
            plan.put("milestones", todos(said).stream().map(todo -> Map.of("content", todo.get("content"))).toList());
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
        if (lower.contains("slow")) {
            return new Reply("A long answer, slowly.", "This is a deliberately slow answer from the offline demo model. "
                    .repeat(6), List.of(), true);
        }
        return new Reply("A scripted echo.", "Offline demo model here (scripted, no network). You said: \"" + said
                + "\". Ask me for a todo list, to choose between options, or to answer slowly.", List.of(), false);
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

    private static String summary(List<LlmMessage> messages) {
        StringBuilder text = new StringBuilder("Done. ");
        for (int i = messages.size() - 1; i >= 0 && messages.get(i).role().equals("tool"); i--) {
            LlmMessage result = messages.get(i);
            text.append(result.toolName()).append(result.toolError() ? " failed: " : " said: ").append(result.text()).append(' ');
        }
        return text.toString().strip();
    }

    /**
     * Sandbox rules: "write NAME: CONTENT" → Write; with ", then run it" the next turn runs it with
     * Bash; "run: COMMAND" → Bash. Only when those tools are offered.
     */
    private static Reply sandboxReply(LlmRequest request, String said, String callId) {
        Matcher write = WRITE.matcher(said.strip());
        boolean answering = OfflineScriptedLlm.answeringToolResults(request.messages());
        LlmMessage last = request.messages().isEmpty() ? null : request.messages().get(request.messages().size() - 1);
        if (write.matches() && offered(request, "Write") && !answering) {
            return new Reply("Writing the file first.", "I will write " + write.group(1) + ".",
                    List.of(new ToolCall(callId, "Write", Map.of("path", write.group(1), "content", write.group(2) + "\n"))),
                    false);
        }
        if (write.matches() && write.group(3) != null && answering && "Write".equals(last.toolName()) && !last.toolError()
                && offered(request, "Bash")) {
            return new Reply("Now running it.", "Running " + write.group(1) + ".",
                    List.of(new ToolCall(callId, "Bash", Map.of("command", "sh " + write.group(1)))), false);
        }
        if (said.strip().toLowerCase(Locale.ROOT).startsWith("run:") && offered(request, "Bash") && !answering) {
            return new Reply("A command to run.", "Running it.",
                    List.of(new ToolCall(callId, "Bash", Map.of("command", said.strip().substring(4).strip()))), false);
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
        LlmMessage last = request.messages().get(request.messages().size() - 1);
        if (needs.group(2) != null && "ask_user_env".equals(last.toolName()) && !last.toolError() && offered(request, "Bash")) {
            return new Reply("The variables are set; running the command.", "Running it with your variables.",
                    List.of(new ToolCall(callId, "Bash", Map.of("command", needs.group(2).strip()))), false);
        }
        return null;
    }

    private static String summaryOf(List<LlmMessage> messages) {
        StringBuilder summary = new StringBuilder("The user asked:");
        messages.stream().filter(message -> message.role().equals("user") && !message.text().equals("Write the summary now."))
                .forEach(message -> summary.append(" \"").append(message.text(), 0, Math.min(80, message.text().length()))
                        .append(message.text().length() > 80 ? "…\"" : "\""));
        return summary.toString();
    }

    private static boolean offered(LlmRequest request, String tool) {
        return request.tools().stream().anyMatch(spec -> spec.name().equals(tool));
    }

    private static long countAssistantTurns(List<LlmMessage> messages) {
        return messages.stream().filter(message -> message.role().equals("assistant")).count();
    }
}
