package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.ToolCall;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's project rule (docs/projects.md), when fullstack_project_init is offered (the
 * website agent types): "build site: NAME" (the full-stack template), "build static: NAME",
 * "build react-vite: NAME" or "build fullstack: NAME" → fullstack_project_init for that template.
 */
final class OfflineProjectRules {

    private static final Pattern BUILD = Pattern.compile(
            "(?is).*\\bbuild (site|website|static|react-vite|fullstack):\\s*([a-z][a-z0-9-]{0,39})\\b.*");

    private OfflineProjectRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        Matcher build = BUILD.matcher(text);
        if (!build.matches() || !offered.test("fullstack_project_init")) {
            return null;
        }
        String kind = build.group(1).toLowerCase(Locale.ROOT);
        String framework = kind.equals("site") || kind.equals("website") ? "fullstack" : kind;
        return new OfflineScript.Reply("The user wants a " + framework + " project; scaffolding it from the template.",
                "I will create the project " + build.group(2) + " from the " + framework + " template and start it.",
                List.of(new ToolCall(callId, "fullstack_project_init", Map.of("project_name", build.group(2),
                        "framework", framework))), false);
    }
}
