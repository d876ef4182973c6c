package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code code_interpreter} (chat mode, reference §6.2): runs a Python 3 program in the session's
 * sandbox (no network, limits, docs/sandboxes.md) and returns its output. The original delegated
 * this to OpenAI's hosted containers; here it is the same local sandbox agent runs use, so it
 * works with every model. It runs without asking: the sandbox is the containment. Files written
 * stay in the workspace for later calls of the conversation.
 */
public final class CodeInterpreterTool implements AgentTool {

    public static final String NAME = "code_interpreter";
    static final int OUTPUT_LIMIT = 64 * 1024;
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);
    private static final ToolSpec SPEC = new ToolSpec(NAME,
            "Run a Python 3 program and get its standard output, standard error and exit code. Use it to calculate,"
                    + " transform data or check an answer. No network; files you write stay for later calls.",
            Map.of("type", "object", "required", List.of("code"), "properties", Map.of(
                    "code", Map.of("type", "string", "description", "a complete Python 3 program; print what you need"))));

    private final SandboxWorkspacePort sandbox;

    public CodeInterpreterTool(SandboxWorkspacePort sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO;
    }

    @Override
    public Duration timeout() {
        return RUN_TIMEOUT.plusSeconds(15); // the sandbox's own timeout fires first
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        if (!(invocation.arguments().get("code") instanceof String code) || code.isBlank()) {
            return ToolOutcome.failed("code must be a non-empty string");
        }
        String file = ".code_interpreter/" + invocation.callId().replaceAll("[^A-Za-z0-9_-]", "_") + ".py";
        sandbox.writeFile(invocation.sessionId(), file, code.getBytes(StandardCharsets.UTF_8), invocation.reservation());
        CommandResult result = sandbox.run(invocation.sessionId(), new CommandRequest("python3 " + file, RUN_TIMEOUT,
                OUTPUT_LIMIT, invocation.environment()), invocation.reservation());
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("exit_code", result.exitCode());
        display.put("stdout", result.stdout());
        display.put("stderr", result.stderr());
        display.put("timed_out", result.timedOut());
        String text = (result.timedOut() ? "Timed out after " + RUN_TIMEOUT.toSeconds() + " s. " : "")
                + "Exit code " + result.exitCode() + "\n" + result.stdout()
                + (result.stderr().isBlank() ? "" : "\n[stderr]\n" + result.stderr())
                + (result.outputTruncated() ? "\n[output truncated]" : "");
        return new ToolOutcome(text, display, result.exitCode() != 0 || result.timedOut());
    }
}
