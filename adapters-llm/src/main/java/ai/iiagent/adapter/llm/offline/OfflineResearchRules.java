package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.ToolCall;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The offline model's research-tool rules, on the user's words (when the tool is offered):
 * "batch search: A; B; C" → web_batch_search; "visit: URL ask: PROMPT" → web_visit with a prompt;
 * "compress: URL URL … for: QUERY" → web_visit_compress; "fetch image: URL" → read_remote_image.
 */
final class OfflineResearchRules {

    private OfflineResearchRules() {
    }

    static OfflineScript.Reply reply(String text, String callId, Predicate<String> offered) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("batch search:") && offered.test("web_batch_search")) {
            List<String> queries = Arrays.stream(text.substring("batch search:".length()).split(";"))
                    .map(String::strip).filter(query -> !query.isEmpty()).toList();
            return call(callId, "web_batch_search", Map.of("queries", queries));
        }
        int ask = lower.indexOf(" ask: ");
        if (lower.startsWith("visit:") && ask > 0 && offered.test("web_visit")) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("url", text.substring("visit:".length(), ask).strip());
            arguments.put("prompt", text.substring(ask + " ask: ".length()).strip());
            return call(callId, "web_visit", arguments);
        }
        int forAt = lower.indexOf(" for: ");
        if (lower.startsWith("compress:") && forAt > 0 && offered.test("web_visit_compress")) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("urls", List.of(text.substring("compress:".length(), forAt).strip().split("\\s+")));
            arguments.put("query", text.substring(forAt + " for: ".length()).strip());
            return call(callId, "web_visit_compress", arguments);
        }
        if (lower.startsWith("fetch image:") && offered.test("read_remote_image")) {
            return call(callId, "read_remote_image", Map.of("url", text.substring("fetch image:".length()).strip()));
        }
        return null;
    }

    private static OfflineScript.Reply call(String callId, String tool, Map<String, Object> arguments) {
        return new OfflineScript.Reply("This needs research on the web.", "Using " + tool + ".",
                List.of(new ToolCall(callId, tool, arguments)), false);
    }
}
