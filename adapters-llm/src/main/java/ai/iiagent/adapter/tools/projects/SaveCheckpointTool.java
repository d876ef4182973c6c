package ai.iiagent.adapter.tools.projects;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code save_checkpoint}: a git commit of everything in the project directory (the session's project,
 * or a directory of the workspace given as {@code project_directory} when the session has none). The
 * message reaches git as an environment variable, never through the command line.
 */
public final class SaveCheckpointTool implements AgentTool {

    private static final Pattern DIRECTORY = Pattern.compile("(?:/workspace/)?([A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*)/?");
    private static final ToolSpec SPEC = new ToolSpec("save_checkpoint",
            "Save a checkpoint of the project: a git commit of all its files with your message.",
            Map.of("type", "object", "required", List.of("commit_message"), "properties", Map.of(
                    "project_directory", Map.of("type", "string", "description", "defaults to the session's project"),
                    "commit_message", Map.of("type", "string"))));

    private final SandboxWorkspacePort workspace;
    private final ProjectBackend projects;

    public SaveCheckpointTool(SandboxWorkspacePort workspace, ProjectBackend projects) {
        this.workspace = workspace;
        this.projects = projects;
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
    public ToolOutcome run(ToolInvocation invocation) {
        String message = invocation.arguments().get("commit_message") instanceof String s ? s.strip() : "";
        if (message.isEmpty() || message.length() > 2_000) {
            return ToolOutcome.failed("commit_message is a non-empty text of at most 2000 characters");
        }
        String directory;
        try {
            directory = projects.project(invocation.userId(), invocation.sessionId()).directory();
        } catch (DomainException noProject) {
            String given = invocation.arguments().get("project_directory") instanceof String s ? s.strip() : "";
            var match = DIRECTORY.matcher(given);
            if (!match.matches() || given.contains("..")) {
                return ToolOutcome.failed("The session has no project; give project_directory, a directory of the workspace");
            }
            directory = match.group(1);
        }
        CommandResult result = workspace.run(invocation.sessionId(), new CommandRequest("cd /workspace/" + directory
                + " && { [ -d .git ] || git init -q -b main; } && git add -A && if git diff --cached --quiet"
                + " 2>/dev/null && git rev-parse -q --verify HEAD >/dev/null; then echo 'nothing to commit';"
                + " else git -c user.name=II-Agent -c user.email=agent@ii-agent.invalid commit -q -m \"$CHECKPOINT_MESSAGE\""
                + " && git rev-parse --short HEAD; fi", Duration.ofSeconds(60), 8_000,
                Map.of("CHECKPOINT_MESSAGE", message)), invocation.reservation());
        if (!result.succeeded()) {
            return ToolOutcome.failed("git failed (exit " + result.exitCode() + "): " + result.stderr().strip());
        }
        String out = result.stdout().strip();
        return out.equals("nothing to commit")
                ? new ToolOutcome("Nothing changed since the last checkpoint.", Map.of("committed", false), false)
                : new ToolOutcome("Checkpoint " + out + " saved: " + message, Map.of("committed", true, "commit", out), false);
    }
}
