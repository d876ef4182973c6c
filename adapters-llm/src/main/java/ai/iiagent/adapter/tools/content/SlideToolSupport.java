package ai.iiagent.adapter.tools.content;

import ai.iiagent.domain.content.Slide;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the slide tools share: argument reading, the sandbox copy, and the result the UI shows live. */
final class SlideToolSupport {

    static final Map<String, Object> NAME = Map.of("type", "string",
            "description", "The deck's name (letters, digits, spaces, . _ -), e.g. product-launch");
    static final Map<String, Object> NUMBER = Map.of("type", "integer", "minimum", 1, "maximum", Slide.MAX_SLIDE_NUMBER,
            "description", "The slide's number in the deck, from 1");

    private SlideToolSupport() {
    }

    /** A bad argument; its message is what the model reads. */
    static final class ArgumentException extends RuntimeException {
        ArgumentException(String message) {
            super(message);
        }
    }

    static String text(Map<String, Object> arguments, String name, boolean required) {
        Object value = arguments.get(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text) || required && text.isBlank()) {
            throw new ArgumentException(name + " must be a" + (required ? " non-empty" : "") + " string");
        }
        return text;
    }

    static int number(Map<String, Object> arguments) {
        Object value = arguments.get("slide_number");
        if (value instanceof String text && text.strip().matches("\\d{1,4}")) {
            value = Integer.parseInt(text.strip());
        }
        if (!(value instanceof Number number) || number.doubleValue() != number.intValue()
                || number.intValue() < 1 || number.intValue() > Slide.MAX_SLIDE_NUMBER) {
            throw new ArgumentException("slide_number must be an integer from 1 to " + Slide.MAX_SLIDE_NUMBER);
        }
        return number.intValue();
    }

    /** Writes the agent's copy at {@code presentations/<name>/slide_<n>.html}. */
    static void writeCopy(SandboxWorkspacePort sandbox, ToolInvocation invocation, Slide slide) {
        sandbox.writeFile(invocation.sessionId(), slide.workspacePath(), slide.html().getBytes(StandardCharsets.UTF_8),
                invocation.reservation());
    }

    /** The outcome: a line for the model, and the slide's coordinates for the session view (it refreshes the deck). */
    static ToolOutcome stored(String tool, Slide slide, String what) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("kind", "slide");
        display.put("presentation_name", slide.presentationName());
        display.put("slide_number", slide.slideNumber());
        display.put("version", slide.version());
        display.put("title", slide.title());
        display.put("type", slide.type());
        display.put("path", slide.workspacePath());
        return new ToolOutcome(tool + ": " + what + " slide " + slide.slideNumber() + " of \"" + slide.presentationName()
                + "\" (version " + slide.version() + ", saved at /workspace/" + slide.workspacePath() + ").", display, false);
    }

    static ToolOutcome refused(String tool, DomainException e) {
        return new ToolOutcome(tool + " failed: " + e.getMessage(), Map.of("kind", "slide", "error", e.code().value()), true);
    }
}
