package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.ToolCall;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's storybook rule (docs/storybooks.md), on the user's words when generate_storybook is offered:
 * a line "storybook: TITLE | SCENE | SCENE ..." becomes one call with those scenes; a line "style: STYLE" sets the
 * style (else "picture book"), and "voice over" anywhere asks for the pages read aloud.
 */
final class OfflineStorybookRules {

    static final String TOOL = "generate_storybook";
    private static final Pattern BOOK = Pattern.compile("(?im)^\\s*storybook:\\s*(.+)$");
    private static final Pattern STYLE = Pattern.compile("(?im)^\\s*style:\\s*(.+?)\\s*$");
    private static final Pattern VOICE = Pattern.compile("(?i)\\bvoice[ -]over\\b");

    private OfflineStorybookRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        Matcher book = BOOK.matcher(text);
        if (!offered.test(TOOL) || !book.find()) {
            return null;
        }
        List<String> parts = Arrays.stream(book.group(1).split("\\|")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.size() < 2) {
            return null; // a title without scenes is no order
        }
        Matcher style = STYLE.matcher(text);
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("title", parts.get(0));
        arguments.put("scenes", parts.subList(1, parts.size()));
        arguments.put("style", style.find() ? style.group(1) : "picture book");
        arguments.put("voice_over", VOICE.matcher(text).find());
        return new OfflineScript.Reply("The user asked for a storybook; starting it.", "Making the storybook.",
                List.of(new ToolCall(callId, TOOL, arguments)), false);
    }
}
