package ai.iiagent.port.out.browser;

/**
 * An element the agent can act on, as numbered by {@link BrowserAction.ViewElements}: its number,
 * tag (with the input type, e.g. {@code input[text]}), a short description (label, text, placeholder
 * or name) and its box in viewport pixels.
 */
public record BrowserElement(int index, String tag, String description, int x, int y, int width, int height) {
}
