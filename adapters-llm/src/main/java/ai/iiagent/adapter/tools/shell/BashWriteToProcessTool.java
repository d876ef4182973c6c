package ai.iiagent.adapter.tools.shell;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code BashWriteToProcess}: input for the command running in a shell session (answer a prompt,
 * type into a REPL, {@code "\u0003"} for Ctrl-C). It drives a process the user approved, but can
 * type anything into it, so it needs approval like {@code Bash}.
 */
public final class BashWriteToProcessTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("BashWriteToProcess",
            "Write to the process running in a shell session, e.g. answer a prompt. Returns what it printed next."
                    + " Send \"\\u0003\" (Ctrl-C) to stop it.",
            Map.of("type", "object", "required", List.of("session_name", "input"), "properties", Map.of(
                    "session_name", Map.of("type", "string", "description", "The name of the session to write to"),
                    "input", Map.of("type", "string", "description", "Text to write to the process"),
                    "press_enter", Map.of("type", "boolean", "default", true,
                            "description", "Whether to press enter after writing the text"))));

    private final SandboxShellPort shells;

    public BashWriteToProcessTool(SandboxShellPort shells) {
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
        return Duration.ofSeconds(30);
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        Map<String, Object> arguments = invocation.arguments();
        String shell = ShellText.stringArg(arguments, "session_name");
        if (shell == null || !(arguments.get("input") instanceof String input)) {
            return ToolOutcome.failed("session_name and input are required");
        }
        ShellOutput result = shells.write(invocation.sessionId(), shell, input,
                ShellText.booleanArg(arguments, "press_enter", true), invocation.reservation());
        String status = ShellText.status(result, 0);
        String shown = ShellText.tail(result.output(), false, ShellText.BUDGET - status.length() - 1);
        return new ToolOutcome(shown + (shown.isEmpty() || shown.endsWith("\n") ? "" : "\n") + status,
                ShellText.display(result, shown), false);
    }
}
