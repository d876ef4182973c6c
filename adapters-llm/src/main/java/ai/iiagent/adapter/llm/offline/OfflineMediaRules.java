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
 * the message becomes a generate_image, generate_video or generate_speech call, all in one turn. A
 * line "template: ID" adds {@code template_id} to the image and video calls, and "image model: NAME"
 * or "video model: NAME" their {@code model_name} (the web UI's media gallery and model picker write
 * those lines). A "storybook: TITLE | SCENE | ..." line is {@link OfflineStorybookRules}'s.
 */
final class OfflineMediaRules {

    private static final Pattern ORDER = Pattern.compile(
            "(?is)\\b(image|video|speech)(?:\\s+(\\d{1,4})\\s*s)?:\\s*(.+?)\\s*->\\s*(\\S+?)(?:\\s+from\\s+(\\S+?))?[.;]?(?=\\s|$)");

    private static final Pattern TEMPLATE = Pattern.compile("(?im)^\\s*template:\\s*([a-z0-9][a-z0-9-]*)\\s*$");
    private static final Pattern MODEL = Pattern.compile("(?im)^\\s*(image|video)\\s+model:\\s*(\\S+)\\s*$");

    private OfflineMediaRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        OfflineScript.Reply storybook = OfflineStorybookRules.reply(text, callId, offered);
        if (storybook != null) {
            return storybook;
        }
        Matcher template = TEMPLATE.matcher(text);
        String templateId = template.find() ? template.group(1) : null;
        Map<String, String> models = new LinkedHashMap<>();
        Matcher model = MODEL.matcher(text);
        while (model.find()) {
            models.put(model.group(1).toLowerCase(Locale.ROOT), model.group(2));
        }
        // the orders are read with the template and model lines taken out
        Matcher order = ORDER.matcher(MODEL.matcher(TEMPLATE.matcher(text).replaceAll("")).replaceAll(""));
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
            if (!kind.equals("speech") && templateId != null) {
                arguments.put("template_id", templateId);
            }
            if (models.containsKey(kind)) {
                arguments.put("model_name", models.get(kind));
            }
            calls.add(new ToolCall(calls.isEmpty() ? callId : callId + "_" + (calls.size() + 1), tool, arguments));
        }
        return calls.isEmpty() ? null : new OfflineScript.Reply("The user asked for media; making it.",
                "Generating " + calls.size() + (calls.size() == 1 ? " file." : " files."), List.copyOf(calls), false);
    }
}
