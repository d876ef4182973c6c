package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Bash}: one shell command in the session's sandbox workspace. Risky, so the user approves
 * each call unless they turned on auto-approve. Billable through the sandbox port (the local
 * sandbox costs nothing, so the hold is zero).
 */
public final class BashTool implements AgentTool {

    static final int OUTPUT_LIMIT = 64 * 1024;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final ToolSpec SPEC = new ToolSpec("Bash",
            "Run a shell command in your workspace (cwd /workspace). No network. Returns exit code, stdout and stderr.",
            Map.of("type", "object", "required", List.of("command"), "properties", Map.of(
                    "command", Map.of("type", "string"),
                    "timeout_seconds", Map.of("type", "integer", "minimum", 1, "maximum", 600))));

    private final SandboxPort sandbox;

    public BashTool(SandboxPort sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolPolicy policy() {
        return ToolPolicy.REQUIRES_CONFIRMATION;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return MAX_TIMEOUT.plusSeconds(15); // the sandbox's own timeout fires first
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("command") instanceof String command) || command.isBlank()) {
            return ToolOutcome.failed("command must be a non-empty string");
        }
        Duration timeout = invocation.arguments().get("timeout_seconds") instanceof Number seconds
                ? Duration.ofSeconds(Math.clamp(seconds.longValue(), 1, MAX_TIMEOUT.toSeconds())) : DEFAULT_TIMEOUT;
        CommandResult result = sandbox.run(invocation.sessionId(), new CommandRequest(command, timeout, OUTPUT_LIMIT,
                invocation.environment()),
                invocation.reservation());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("exit_code", result.exitCode());
        display.put("stdout", result.stdout());
        display.put("stderr", result.stderr());
        display.put("timed_out", result.timedOut());
        display.put("truncated", result.outputTruncated());
        String text = (result.timedOut() ? "Timed out after " + timeout.toSeconds() + " s. " : "")
                + "Exit code " + result.exitCode() + "\n" + result.stdout()
                + (result.stderr().isBlank() ? "" : "\n[stderr]\n" + result.stderr())
                + (result.outputTruncated() ? "\n[output truncated]" : "");
        return new ToolOutcome(text, display, result.exitCode() != 0 || result.timedOut());
    }
}
