package ai.iiagent.adapter.tools.browser;

import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.browser.BrowserAction;
import ai.iiagent.port.out.browser.BrowserActionFailedException;
import ai.iiagent.port.out.browser.BrowserPaidToolPort;
import ai.iiagent.port.out.browser.BrowserState;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolFile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One browser tool: reads its arguments into a {@link BrowserAction}, has the session's browser do it
 * and answers the page state (address, title, tabs, what the action found, the start of the page's
 * text) with the screenshot as a session file for the user and as an image for a vision model.
 * Billed per call through the port (the reservation the runtime took for {@link #maxCost()}).
 */
final class BrowserTool implements AgentTool {

    private final ToolSpec spec;
    private final Function<Map<String, Object>, BrowserAction> action;
    private final BrowserPaidToolPort browser;
    private final Credits pricePerCall;
    private final Duration timeout;

    /** @param action reads the model's arguments; throws {@link IllegalArgumentException} with what is wrong */
    BrowserTool(ToolSpec spec, Function<Map<String, Object>, BrowserAction> action, BrowserPaidToolPort browser,
                Credits pricePerCall, Duration timeout) {
        this.spec = spec;
        this.action = action;
        this.browser = browser;
        this.pricePerCall = pricePerCall;
        this.timeout = timeout;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public Credits maxCost() {
        return pricePerCall;
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        BrowserAction wanted;
        try {
            wanted = action.apply(invocation.arguments());
        } catch (IllegalArgumentException e) {
            return ToolOutcome.failed(spec.name() + ": " + e.getMessage());
        }
        BrowserState state;
        try {
            state = browser.act(invocation.sessionId(), wanted, invocation.reservation());
        } catch (BrowserActionFailedException e) {
            return new ToolOutcome(spec.name() + " failed: " + e.getMessage(), Map.of("error",
                    e.kind().name().toLowerCase(Locale.ROOT), "message", e.getMessage()), true, pricePerCall);
        }
        String name = "browser-" + safe(invocation.callId()) + ".jpg";
        return new ToolOutcome(BrowserStateText.of(state), BrowserStateText.display(state), false, pricePerCall,
                List.of(new ToolFile("browser/" + name, name, state.screenshotMediaType(), state.screenshot())),
                List.of(ImagePart.of(name, state.screenshotMediaType(), state.screenshot())));
    }

    private static String safe(String callId) {
        String cleaned = callId.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.length() > 40 ? cleaned.substring(cleaned.length() - 40) : cleaned;
    }
}
