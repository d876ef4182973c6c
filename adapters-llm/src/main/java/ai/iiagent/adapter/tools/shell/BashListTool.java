package ai.iiagent.adapter.tools.shell;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.ShellInfo;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code BashList}: the session's shells, what each is doing and where it is. */
public final class BashListTool implements AgentTool {

    private static final ToolSpec SPEC = new ToolSpec("BashList",
            "List your shell sessions: name, whether a command is running, working directory, last exit code.",
            Map.of("type", "object", "properties", Map.of()));

    private final SandboxShellPort shells;

    public BashListTool(SandboxShellPort shells) {
        this.shells = shells;
    }

    @Override
    public Credits maxCost() {
        return Credits.ZERO; // Lists open shells: free.
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolOutcome run(ToolInvocation invocation) {
        List<ShellInfo> all = shells.list(invocation.sessionId());
        if (all.isEmpty()) {
            return new ToolOutcome("No shell sessions yet; Bash starts one.", Map.of("sessions", List.of()), false);
        }
        StringBuilder text = new StringBuilder();
        List<Map<String, Object>> rows = all.stream().map(info -> {
            String state = info.state().name().toLowerCase(Locale.ROOT);
            text.append("- ").append(info.name()).append(": ").append(state);
            if (info.runningCommand() != null) {
                text.append(" `").append(info.runningCommand()).append('`');
            }
            if (info.cwd() != null) {
                text.append(", cwd ").append(info.cwd());
            }
            if (info.lastExitCode() != null) {
                text.append(", last exit code ").append(info.lastExitCode());
            }
            text.append('\n');
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session_name", info.name());
            row.put("status", state);
            row.put("running_command", info.runningCommand());
            row.put("cwd", info.cwd());
            row.put("last_exit_code", info.lastExitCode());
            return row;
        }).toList();
        return new ToolOutcome(text.toString(), Map.of("sessions", rows), false);
    }
}
