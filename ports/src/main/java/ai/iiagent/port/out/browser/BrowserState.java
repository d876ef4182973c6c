package ai.iiagent.port.out.browser;

import java.util.List;
import java.util.Objects;

/**
 * The page after an action: its address and title, the start of its visible text ({@code digest},
 * bounded), a screenshot of the viewport, the open tabs, the numbered elements when the action listed
 * them, and a note on what the action found ({@code note}: e.g. the options of a dropdown, a file
 * that was downloaded into the workspace).
 *
 * @param screenshot          the viewport as an image, in {@code screenshotMediaType}
 * @param downloads           workspace paths of files downloaded during the action
 */
public record BrowserState(String url, String title, String digest, byte[] screenshot, String screenshotMediaType,
                           List<BrowserTab> tabs, List<BrowserElement> elements, String note, List<String> downloads) {

    public BrowserState {
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        digest = digest == null ? "" : digest;
        Objects.requireNonNull(screenshot, "screenshot");
        Objects.requireNonNull(screenshotMediaType, "screenshotMediaType");
        tabs = tabs == null ? List.of() : List.copyOf(tabs);
        elements = elements == null ? List.of() : List.copyOf(elements);
        note = note == null ? "" : note;
        downloads = downloads == null ? List.of() : List.copyOf(downloads);
    }
}
