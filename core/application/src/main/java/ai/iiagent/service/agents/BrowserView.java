package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.agents.ToolNames;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live browser view: after a browser tool's successful call, whose screenshot the runtime stored
 * among the session's files ({@link UserFiles}), the event that shows the page to the user.
 */
final class BrowserView {

    private static final String FILES = "files";
    private static final String URL = "url";
    private static final String TITLE = "title";
    private static final String TABS = "tabs";

    private BrowserView() {
    }

    static Optional<RunEvent.BrowserScreenshot> of(ToolCall call, ToolOutcome outcome) {
        if (outcome.error() || !ToolNames.BROWSER.contains(call.name())) {
            return Optional.empty();
        }
        Map<String, Object> display = outcome.display();
        if (!(display.get(FILES) instanceof List<?> files) || files.isEmpty()
                || !(files.get(0) instanceof RunEvent.SentFile screenshot)) {
            return Optional.empty();
        }
        int tabs = display.get(TABS) instanceof List<?> list ? list.size() : 1;
        return Optional.of(new RunEvent.BrowserScreenshot(call.id(), call.name(), text(display.get(URL)),
                text(display.get(TITLE)), tabs, screenshot));
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }
}
