package ai.iiagent.adapter.tools.browser;

import ai.iiagent.port.out.browser.BrowserElement;
import ai.iiagent.port.out.browser.BrowserState;
import ai.iiagent.port.out.browser.BrowserTab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page state as the model reads it and as the UI shows it ({@code display}). */
final class BrowserStateText {

    static String of(BrowserState state) {
        StringBuilder text = new StringBuilder("URL: ").append(state.url()).append("\nTitle: ").append(state.title());
        if (state.tabs().size() > 1) {
            text.append("\nTabs:");
            for (BrowserTab tab : state.tabs()) {
                text.append("\n  [").append(tab.index()).append("] ").append(tab.title()).append(" — ").append(tab.url())
                        .append(tab.active() ? " (current)" : "");
            }
        }
        if (!state.note().isBlank()) {
            text.append("\n\n").append(state.note());
        }
        if (!state.elements().isEmpty()) {
            text.append("\n\nInteractive elements (numbered on the screenshot):");
            for (BrowserElement element : state.elements()) {
                text.append("\n[").append(element.index()).append("] ").append(element.tag())
                        .append(element.description().isBlank() ? "" : " \"" + element.description() + "\"")
                        .append(" at (").append(element.x() + element.width() / 2).append(", ")
                        .append(element.y() + element.height() / 2).append(')');
            }
        }
        text.append("\n\nPage text (start):\n").append(state.digest().isBlank() ? "(no text)" : state.digest());
        return text.toString();
    }

    static Map<String, Object> display(BrowserState state) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("url", state.url());
        display.put("title", state.title());
        List<Map<String, Object>> tabs = state.tabs().stream().map(tab -> Map.<String, Object>of("index", tab.index(),
                "url", tab.url(), "title", tab.title(), "active", tab.active())).toList();
        display.put("tabs", tabs);
        display.put("note", state.note());
        display.put("elements", state.elements().size());
        display.put("downloads", state.downloads());
        return display;
    }

    private BrowserStateText() {
    }
}
