package ai.iiagent.adapter.tools.browser;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.browser.BrowserAction;
import ai.iiagent.port.out.browser.BrowserPaidToolPort;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The browser tools of the original (reference §6.1), all on one {@link BrowserPaidToolPort}, one
 * price per call. Elements are numbered by {@code browser_view_interactive_elements}; the other tools
 * address them by that number, or the viewport by pixel coordinates.
 */
public final class BrowserToolSet {

    private static final Map<String, Object> INDEX = Map.of("type", "integer",
            "description", "the element's number from browser_view_interactive_elements");
    private static final Map<String, Object> NUMBER = Map.of("type", "number");

    private BrowserToolSet() {
    }

    public static List<AgentTool> tools(BrowserPaidToolPort browser, Credits pricePerCall, Duration timeout) {
        List<AgentTool> tools = new ArrayList<>();
        Maker make = (name, description, required, properties, action) -> tools.add(new BrowserTool(new ToolSpec(name,
                description, Map.of("type", "object", "required", required, "properties", properties)), action, browser,
                pricePerCall, timeout));
        make.add("browser_navigation", "Open a URL in the current browser tab (public http(s) addresses only).",
                List.of("url"), Map.of("url", Map.of("type", "string")),
                args -> new BrowserAction.Navigate(BrowserArgs.url(args, "url")));
        make.add("browser_click", "Click an element by its number (from browser_view_interactive_elements) or a"
                        + " point by viewport coordinates.", List.of(),
                Map.of("index", INDEX, "coordinate_x", NUMBER, "coordinate_y", NUMBER),
                args -> args.get("index") != null ? new BrowserAction.ClickElement(BrowserArgs.index(args, "index"))
                        : new BrowserAction.ClickAt(BrowserArgs.coordinate(args, "coordinate_x"),
                        BrowserArgs.coordinate(args, "coordinate_y")));
        make.add("browser_enter_text", "Type text into a field by its number (its old text is replaced), or into the"
                        + " focused element when no index is given; press_enter submits.", List.of("text"),
                Map.of("index", INDEX, "text", Map.of("type", "string"), "press_enter", Map.of("type", "boolean")),
                args -> new BrowserAction.EnterText(args.get("index") == null ? -1 : BrowserArgs.index(args, "index"),
                        BrowserArgs.text(args, "text", 20_000), BrowserArgs.flag(args, "press_enter")));
        make.add("browser_enter_multi_texts", "Fill several fields at once: a list of {index, text}; press_enter"
                        + " submits after the last.", List.of("fields"),
                Map.of("fields", Map.of("type", "array", "items", Map.of("type", "object", "required",
                        List.of("index", "text"), "properties", Map.of("index", INDEX, "text", Map.of("type", "string")))),
                        "press_enter", Map.of("type", "boolean")), BrowserToolSet::multi);
        make.add("browser_press_key", "Press a key or chord on the focused element, e.g. Enter, Tab, ArrowDown,"
                + " Control+A.", List.of("key"), Map.of("key", Map.of("type", "string")),
                args -> new BrowserAction.PressKey(BrowserArgs.text(args, "key", 64)));
        make.add("browser_scroll_down", "Scroll the page down by about one screen.", List.of(), Map.of(),
                args -> new BrowserAction.Scroll(true));
        make.add("browser_scroll_up", "Scroll the page up by about one screen.", List.of(), Map.of(),
                args -> new BrowserAction.Scroll(false));
        make.add("browser_get_select_options", "List the options of a dropdown (<select>) by its number.",
                List.of("index"), Map.of("index", INDEX),
                args -> new BrowserAction.SelectOptions(BrowserArgs.index(args, "index")));
        make.add("browser_select_dropdown_option", "Choose an option (by its text) in a dropdown by its number.",
                List.of("index", "option"), Map.of("index", INDEX, "option", Map.of("type", "string")),
                args -> new BrowserAction.SelectOption(BrowserArgs.index(args, "index"),
                        BrowserArgs.text(args, "option", 1000)));
        make.add("browser_switch_tab", "Make the tab with this number (from 0) the current one.", List.of("index"),
                Map.of("index", Map.of("type", "integer")),
                args -> new BrowserAction.SwitchTab(BrowserArgs.index(args, "index")));
        make.add("browser_open_new_tab", "Open a new tab, on a URL if given, and make it current.", List.of(),
                Map.of("url", Map.of("type", "string")),
                args -> new BrowserAction.OpenTab(args.get("url") == null ? null : BrowserArgs.url(args, "url")));
        make.add("browser_view_interactive_elements", "Number the clickable and editable elements on screen: they are"
                        + " drawn on the screenshot and listed with their numbers.", List.of(), Map.of(),
                args -> new BrowserAction.ViewElements());
        make.add("browser_wait", "Wait for the page to settle (seconds, at most 10; default 2).", List.of(),
                Map.of("seconds", NUMBER), args -> new BrowserAction.Wait(args.get("seconds") instanceof Number n
                        ? n.doubleValue() : 2));
        make.add("browser_drag", "Drag with the mouse from one viewport point to another.",
                List.of("start_x", "start_y", "end_x", "end_y"),
                Map.of("start_x", NUMBER, "start_y", NUMBER, "end_x", NUMBER, "end_y", NUMBER),
                args -> new BrowserAction.Drag(BrowserArgs.coordinate(args, "start_x"),
                        BrowserArgs.coordinate(args, "start_y"), BrowserArgs.coordinate(args, "end_x"),
                        BrowserArgs.coordinate(args, "end_y")));
        make.add("browser_restart", "Close the browser and start a fresh one (one blank tab, no cookies).",
                List.of(), Map.of(), args -> new BrowserAction.Restart());
        return List.copyOf(tools);
    }

    private static BrowserAction multi(Map<String, Object> args) {
        if (!(args.get("fields") instanceof List<?> list) || list.isEmpty() || list.size() > 50) {
            throw new IllegalArgumentException("fields must be a list of 1 to 50 {index, text}");
        }
        List<BrowserAction.Field> fields = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> field)) {
                throw new IllegalArgumentException("each field must be {index, text}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) field;
            fields.add(new BrowserAction.Field(BrowserArgs.index(entry, "index"), BrowserArgs.text(entry, "text", 20_000)));
        }
        return new BrowserAction.EnterTexts(fields, BrowserArgs.flag(args, "press_enter"));
    }

    @FunctionalInterface
    private interface Maker {
        void add(String name, String description, List<String> required, Map<String, Object> properties,
                 Function<Map<String, Object>, BrowserAction> action);
    }
}
