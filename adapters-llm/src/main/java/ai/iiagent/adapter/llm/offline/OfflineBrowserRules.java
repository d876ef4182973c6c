package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.LlmRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offline model's browser rule, so the demo and the end-to-end tests can drive the browser:
 * "browse: URL" → browser_navigation to URL, then browser_view_interactive_elements on the page, then
 * the usual summary of the tool results.
 */
final class OfflineBrowserRules {

    private static final String PREFIX = "browse:";

    private OfflineBrowserRules() {
    }

    static OfflineScript.Reply reply(LlmRequest request, String said, String callId) {
        String text = said.strip();
        if (!text.toLowerCase(Locale.ROOT).startsWith(PREFIX) || !OfflineScript.offered(request, "browser_navigation")) {
            return null;
        }
        if (!OfflineScriptedLlm.answeringToolResults(request.messages())) {
            String url = text.substring(PREFIX.length()).strip();
            return new OfflineScript.Reply("This needs the browser.", "Opening " + url + " in the browser.",
                    List.of(new ToolCall(callId, "browser_navigation", Map.of("url", url))), false);
        }
        Message last = request.messages().get(request.messages().size() - 1);
        if ("browser_navigation".equals(last.toolName()) && !last.toolError()
                && OfflineScript.offered(request, "browser_view_interactive_elements")) {
            return new OfflineScript.Reply("Looking at what can be clicked.", "Numbering the page's elements.",
                    List.of(new ToolCall(callId, "browser_view_interactive_elements", Map.of())), false);
        }
        return null;
    }
}
