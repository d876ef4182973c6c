package ai.iiagent.adapter.tools.shell;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellOutput;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code BashView}: the current output of one or more shell sessions (reads only, so no approval). */
public final class BashViewTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("BashView",
            "Show the current output of shell sessions (what a terminal would show: commands and their output,"
                    + " including background processes), the last part of each.",
            Map.of("type", "object", "required", List.of("session_names"), "properties", Map.of(
                    "session_names", Map.of("type", "array", "items", Map.of("type", "string"),
                            "description", "The sessions to show"))));

    private final SandboxShellPort shells;

    public BashViewTool(SandboxShellPort shells) {
        this.shells = shells;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Reads output already produced: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        List<String> names = invocation.arguments().get("session_names") instanceof List<?> list
                ? list.stream().map(String::valueOf).distinct().toList()
                : invocation.arguments().get("session_name") instanceof String one ? List.of(one) : List.of();
        if (names.isEmpty()) {
            return ToolOutcome.failed("session_names must list at least one session");
        }
        int budget = ShellText.BUDGET / names.size() - 100;
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> sessions = new ArrayList<>();
        boolean missing = false;
        for (String name : names) {
            text.append("=== ").append(name);
            try {
                ShellOutput view = shells.view(invocation.sessionId(), name);
                String shown = ShellText.tail(view.output(), view.truncated(), budget);
                text.append(" (").append(view.state().name().toLowerCase(java.util.Locale.ROOT)).append(") ===\n")
                        .append(shown).append(shown.isEmpty() || shown.endsWith("\n") ? "" : "\n");
                sessions.add(ShellText.display(view, shown));
            } catch (NotFoundException e) {
                missing = true;
                text.append(" ===\n").append(e.getMessage()).append('\n');
            }
        }
        return new ToolOutcome(text.toString(), Map.of("sessions", sessions), missing && sessions.isEmpty());
    }
}
