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
 * "build react-vite: NAME" or "build fullstack: NAME" → fullstack_project_init for that template; when
 * mobile_app_init is offered (the mobile_app agent type), "build mobile: NAME" → mobile_app_init and
 * "restart mobile" → restart_mobile_server.
 */
final class OfflineProjectRules {

    private static final Pattern BUILD = Pattern.compile(
            "(?is).*\\bbuild (site|website|static|react-vite|fullstack):\\s*([a-z][a-z0-9-]{0,39})\\b.*");

    private static final Pattern BUILD_MOBILE = Pattern.compile("(?is).*\\bbuild mobile:\\s*([a-z][a-z0-9-]{0,39})\\b.*");

    private static final Pattern RESTART_MOBILE = Pattern.compile("(?is).*\\brestart mobile\\b.*");

    private OfflineProjectRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        Matcher mobile = BUILD_MOBILE.matcher(text);
        if (mobile.matches() && offered.test("mobile_app_init")) {
            return new OfflineScript.Reply("The user wants a mobile app; scaffolding it from the Expo template.",
                    "I will create the Expo app " + mobile.group(1) + " and start its preview.",
                    List.of(new ToolCall(callId, "mobile_app_init", Map.of("project_name", mobile.group(1)))), false);
        }
        if (RESTART_MOBILE.matcher(text).matches() && offered.test("restart_mobile_server")) {
            return new OfflineScript.Reply("The user wants the app's preview restarted.", "Restarting the app's dev server.",
                    List.of(new ToolCall(callId, "restart_mobile_server", Map.of())), false);
        }
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
