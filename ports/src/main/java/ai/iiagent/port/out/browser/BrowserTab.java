package ai.iiagent.port.out.browser;

/** One open tab of a session's browser: its position (from 0), address, title and whether it is the one acted on. */
public record BrowserTab(int index, String url, String title, boolean active) {
}
