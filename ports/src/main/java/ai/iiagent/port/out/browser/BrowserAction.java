package ai.iiagent.port.out.browser;

import java.util.List;
import java.util.Objects;

/**
 * One thing the agent does in its browser, one record per browser tool. Elements are addressed by the
 * numbers the last {@link ViewElements} gave them; coordinates are viewport pixels.
 */
public sealed interface BrowserAction {

    /** Opens {@code url} in the current tab (http and https only, SSRF rules apply). */
    record Navigate(String url) implements BrowserAction {
        public Navigate {
            Objects.requireNonNull(url, "url");
        }
    }

    /** Clicks the numbered element. */
    record ClickElement(int index) implements BrowserAction {
    }

    /** Clicks at a point of the viewport. */
    record ClickAt(double x, double y) implements BrowserAction {
    }

    /** Replaces the text of the numbered field (index -1: types into the focused element), then presses Enter if asked. */
    record EnterText(int index, String text, boolean pressEnter) implements BrowserAction {
        public EnterText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Fills several numbered fields in one go. */
    record EnterTexts(List<Field> fields, boolean pressEnter) implements BrowserAction {
        public EnterTexts {
            fields = List.copyOf(fields);
        }
    }

    /** One field of {@link EnterTexts}. */
    record Field(int index, String text) {
        public Field {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Presses a key or chord on the focused element ({@code Enter}, {@code Control+A}, {@code ArrowDown}). */
    record PressKey(String key) implements BrowserAction {
        public PressKey {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Scrolls the page by about one screen, down or up. */
    record Scroll(boolean down) implements BrowserAction {
    }

    /** Lists the options of the numbered {@code <select>} (in {@link BrowserState#note()}). */
    record SelectOptions(int index) implements BrowserAction {
    }

    /** Chooses the option with this visible text (or value) in the numbered {@code <select>}. */
    record SelectOption(int index, String option) implements BrowserAction {
        public SelectOption {
            Objects.requireNonNull(option, "option");
        }
    }

    /** Makes the tab at this position (from 0) the current one. */
    record SwitchTab(int index) implements BrowserAction {
    }

    /** Opens a new tab, on {@code url} (SSRF rules apply) or blank when null, and makes it current. */
    record OpenTab(String url) implements BrowserAction {
    }

    /** Numbers the visible interactive elements, drawn over the screenshot and listed in the state. */
    record ViewElements() implements BrowserAction {
    }

    /** Waits a little (bounded by the adapter) for the page to settle. */
    record Wait(double seconds) implements BrowserAction {
    }

    /** Drags with the mouse from one viewport point to another. */
    record Drag(double fromX, double fromY, double toX, double toY) implements BrowserAction {
    }

    /** Closes the session's browser and opens a fresh one (a blank tab, no cookies). */
    record Restart() implements BrowserAction {
    }
}
