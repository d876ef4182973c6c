package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The file tools' view of one session's workspace, paid by one reservation. Paths the model gives
 * may be workspace-relative or start with {@code /workspace/}; the sandbox port itself refuses
 * anything that leaves the workspace.
 */
final class WorkspaceFiles {

    static final String ROOT = "/workspace";

    private final SandboxWorkspacePort sandbox;
    private final SessionId session;
    private final CreditReservation reservation;

    WorkspaceFiles(SandboxWorkspacePort sandbox, SessionId session, CreditReservation reservation) {
        this.sandbox = sandbox;
        this.session = session;
        this.reservation = reservation;
    }

    /** {@code /workspace/a/b} and {@code ./a/b} become {@code a/b}; other absolute paths are refused. */
    static String relative(String path) {
        if (path == null || path.isBlank()) {
            throw new ToolInputException("a path is required");
        }
        String p = path.strip();
        if (p.equals(ROOT) || p.equals(ROOT + "/")) {
            return "";
        }
        if (p.startsWith(ROOT + "/")) {
            p = p.substring(ROOT.length() + 1);
        } else if (p.startsWith("/")) {
            throw new ToolInputException("path " + path + " is outside your workspace; use a path under " + ROOT);
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p.equals(".") ? "" : p;
    }

    /** How a workspace-relative path is shown to the model. */
    static String shown(String relative) {
        return relative.isEmpty() ? ROOT : ROOT + "/" + relative;
    }

    Optional<String> readText(String relative) {
        try {
            return Optional.of(new String(sandbox.readFile(session, relative, reservation), StandardCharsets.UTF_8));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    byte[] readBytes(String relative) {
        return sandbox.readFile(session, relative, reservation);
    }

    void writeText(String relative, String content) {
        sandbox.writeFile(session, relative, content.getBytes(StandardCharsets.UTF_8), reservation);
    }

    /** Direct children of a directory, or empty when it is not one. */
    Optional<List<SandboxFileEntry>> list(String relative) {
        try {
            return Optional.of(sandbox.listFiles(session, relative, reservation));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Deletes a file inside the sandbox (the port has no delete; {@code rm} there cannot reach outside). */
    void delete(String relative) {
        if (relative.isEmpty() || relative.equals("..") || relative.startsWith("../") || relative.contains("/../")) {
            throw new ToolInputException("cannot delete " + shown(relative));
        }
        CommandResult removed = sandbox.run(session, new CommandRequest("rm -f -- " + quoted(ROOT + "/" + relative),
                Duration.ofSeconds(10), 4096), reservation);
        if (!removed.succeeded()) {
            throw new ToolInputException("could not delete " + shown(relative) + ": " + removed.stderr().strip());
        }
    }

    private static String quoted(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
