package ai.iiagent.adapter.tools.shell;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellCommand;
import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code Bash}: a command in a named persistent shell of the session's sandbox (the reference's
 * parameters: session_name, command, description, timeout up to 180 s, wait_for_output). Risky, so
 * the user approves each call unless they turned on auto-approve. Billable through the shell port
 * (the local sandbox costs nothing, so the hold is zero).
 */
public final class BashTool implements AgentTool {

    static final String DEFAULT_SHELL = "main";
    private static final long DEFAULT_TIMEOUT = 60;
    private static final long MAX_TIMEOUT = 180;
    private static final ToolSpec SPEC = new ToolSpec("Bash",
            "Run a command in a persistent shell session of your workspace (/workspace, no network). A session keeps"
                    + " its working directory, variables and background processes between calls; use different"
                    + " session_names for things that run at the same time (e.g. a server and its tests). Returns the"
                    + " output (stdout and stderr together, the last 20000 characters) and the exit code. A command"
                    + " still running at the timeout is interrupted with Ctrl-C. With wait_for_output false it returns"
                    + " at once and keeps running: watch it with BashView, answer its prompts with BashWriteToProcess.",
            Map.of("type", "object", "required", List.of("session_name", "command", "description"), "properties", Map.of(
                    "session_name", Map.of("type", "string", "description",
                            "Name of the shell session (letters, digits, _ . -); created on first use"),
                    "command", Map.of("type", "string", "description", "The command to run"),
                    "description", Map.of("type", "string", "description",
                            "What the command does, in a few words, for the user"),
                    "timeout", Map.of("type", "integer", "minimum", 1, "maximum", MAX_TIMEOUT,
                            "description", "Seconds to wait (default 60, at most 180)"),
                    "wait_for_output", Map.of("type", "boolean", "description",
                            "Wait for the command to finish (default true)"))));

    private final SandboxShellPort shells;

    public BashTool(SandboxShellPort shells) {
        this.shells = shells;
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
        return Duration.ofSeconds(MAX_TIMEOUT + 30); // the shell's own timeout and Ctrl-C recovery come first
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String command = ShellText.stringArg(arguments, "command");
        if (command == null) {
            return ToolOutcome.failed("command must be a non-empty string");
        }
        String shell = ShellText.stringArg(arguments, "session_name");
        long timeout = Math.clamp(seconds(arguments), 1, MAX_TIMEOUT);
        boolean wait = ShellText.booleanArg(arguments, "wait_for_output", true);
        ShellOutput result = shells.run(invocation.sessionId(), new ShellCommand(shell == null ? DEFAULT_SHELL : shell,
                command, Duration.ofSeconds(timeout), wait, invocation.environment()), invocation.reservation());
        String status = ShellText.status(result, timeout);
        String shown = ShellText.tail(result.output(), result.truncated(), ShellText.BUDGET - status.length() - 1);
        Map<String, Object> display = new java.util.LinkedHashMap<>(ShellText.display(result, shown));
        display.put("command", command);
        boolean failed = result.timedOut() || result.exitCode() != null && result.exitCode() != 0;
        return new ToolOutcome(shown + (shown.isEmpty() || shown.endsWith("\n") ? "" : "\n") + status, display, failed);
    }

    // "timeout" as in the reference; "timeout_seconds" from before persistent shells.
    private static long seconds(Map<String, Object> arguments) {
        Object value = arguments.containsKey("timeout") ? arguments.get("timeout") : arguments.get("timeout_seconds");
        return value instanceof Number number ? number.longValue() : DEFAULT_TIMEOUT;
    }
}
