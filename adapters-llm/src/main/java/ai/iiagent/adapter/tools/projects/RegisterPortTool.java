package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code register_port}: makes a server the agent runs in the sandbox visible to the user through
 * the app's preview proxy (docs/projects.md "Preview"), and answers the preview's URL. The sandbox
 * keeps having no network: the proxy reaches the port through a relay that only connects inwards.
 * The URL is the preview's own origin; the owner's browser is signed in to it by the session view
 * (a public session's preview is open to anyone who has the URL).
 */
public final class RegisterPortTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("register_port",
            "Make a port your server listens on in the sandbox reachable for the user, returning its URL."
                    + " Start the server first (in the background, bound to 127.0.0.1 or 0.0.0.0).",
            Map.of("type", "object", "required", List.of("port"), "properties", Map.of(
                    "port", Map.of("type", "integer", "minimum", 1, "maximum", 65535))));

    /** Opens the owner's preview of a port of the session's sandbox (the projects feature's use case, wired in). */
    @FunctionalInterface
    public interface Previews {

        /**
         * The preview's URL.
         *
         * @throws DomainException when it cannot be previewed ({@code preview_not_listening}, ...)
         */
        URI open(UserId owner, SessionId sessionId, int port);
    }

    private final Previews previews;

    public RegisterPortTool(Previews previews) {
        this.previews = previews;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Only points the proxy at a server already running: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("port") instanceof Number number) || number.intValue() < 1
                || number.intValue() > 65535 || number.doubleValue() != number.intValue()) {
            return ToolOutcome.failed("port must be an integer from 1 to 65535");
        }
        int port = number.intValue();
        URI url;
        try {
            url = previews.open(invocation.userId(), invocation.sessionId(), port);
        } catch (DomainException refused) {
            return new ToolOutcome("Port " + port + " cannot be previewed: " + refused.getMessage() + ". Start the server"
                    + " in the background in a Bash session (e.g. `npm run dev -- --host 127.0.0.1 --port " + port
                    + " &`), check it with curl http://127.0.0.1:" + port + " and call register_port again.",
                    Map.of("port", port, "exposed", false, "reason", refused.code().value()), true);
        }
        return new ToolOutcome("Port " + port + " is now previewed at " + url + " (the user sees it in the session's"
                + " preview panel). The sandbox still has no network: only this port is reachable, through the app.",
                Map.of("port", port, "exposed", true, "url", url.toString()), false);
    }
}
