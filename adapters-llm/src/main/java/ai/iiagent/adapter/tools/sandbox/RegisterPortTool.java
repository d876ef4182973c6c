package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.Map;

/**
 * {@code register_port}: the reference exposes a sandbox port at a public URL. The local sandbox
 * has its own network namespace with nothing but loopback, so nothing outside can reach a server in
 * it; the tool says so honestly (as an error the model reads) and how to test the server instead.
 */
public final class RegisterPortTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("register_port",
            "Make a port your server listens on in the sandbox reachable for the user, returning its URL.",
            Map.of("type", "object", "required", List.of("port"), "properties", Map.of(
                    "port", Map.of("type", "integer", "minimum", 1, "maximum", 65535))));

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Only records a port of an existing sandbox: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("port") instanceof Number number) || number.intValue() < 1
                || number.intValue() > 65535) {
            return ToolOutcome.failed("port must be an integer from 1 to 65535");
        }
        int port = number.intValue();
        return new ToolOutcome("Port " + port + " cannot be exposed: this sandbox runs without network access (its own"
                + " network namespace with only loopback), so no URL outside it can reach a server inside. Test the"
                + " server from the sandbox itself (e.g. curl http://127.0.0.1:" + port + " in another Bash session)"
                + " and send the user the files with send_user_files instead.",
                Map.of("port", port, "exposed", false, "reason", "the local sandbox has no network"), true);
    }
}
