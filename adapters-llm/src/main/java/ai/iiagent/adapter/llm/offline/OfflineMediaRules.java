package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's media rules, on the user's words (when the tool is offered): every
 * "image: PROMPT -> PATH", "video [N s]: PROMPT -> PATH [from IMAGE]" and "speech: TEXT -> PATH" in
 * the message becomes a generate_image, generate_video or generate_speech call, all in one turn.
 */
final class OfflineMediaRules {

    private static final Pattern ORDER = Pattern.compile(
            "(?is)\\b(image|video|speech)(?:\\s+(\\d{1,4})\\s*s)?:\\s*(.+?)\\s*->\\s*(\\S+?)(?:\\s+from\\s+(\\S+?))?[.;]?(?=\\s|$)");

    private OfflineMediaRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        Matcher order = ORDER.matcher(text);
        List<ToolCall> calls = new ArrayList<>();
        while (order.find()) {
            String kind = order.group(1).toLowerCase(Locale.ROOT);
            String tool = "generate_" + kind;
            if (!offered.test(tool)) {
                continue;
            }
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put(kind.equals("speech") ? "text" : "prompt", order.group(3).strip());
            arguments.put("output_path", order.group(4));
            if (kind.equals("video") && order.group(2) != null) {
                arguments.put("duration_seconds", Integer.parseInt(order.group(2)));
            }
            if (kind.equals("video") && order.group(5) != null) {
                arguments.put("input_image_path", order.group(5));
            }
            calls.add(new ToolCall(calls.isEmpty() ? callId : callId + "_" + (calls.size() + 1), tool, arguments));
        }
        return calls.isEmpty() ? null : new OfflineScript.Reply("The user asked for media; making it.",
                "Generating " + calls.size() + (calls.size() == 1 ? " file." : " files."), List.copyOf(calls), false);
    }
}
