package ai.iiagent.adapter.socket.gateway;

import ai.iiagent.adapter.socket.gateway.CommandDispatcher.Reply;
import ai.iiagent.adapter.socket.gateway.SessionOwnership.OwnedSession;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sandboxes.AwakeSandboxCommand;
import ai.iiagent.port.in.sandboxes.AwakeSandboxUseCase;
import ai.iiagent.port.in.sandboxes.GetSandboxStatusQuery;
import ai.iiagent.port.in.sandboxes.GetSandboxStatusUseCase;
import ai.iiagent.port.in.sandboxes.ListSandboxFilesQuery;
import ai.iiagent.port.in.sandboxes.ListSandboxFilesUseCase;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileQuery;
import ai.iiagent.port.in.sandboxes.ReadSandboxFileUseCase;
import ai.iiagent.port.in.sandboxes.SandboxFileTreeView;
import ai.iiagent.port.in.sandboxes.SandboxFileView;
import ai.iiagent.port.in.sandboxes.SandboxStatusView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox commands of {@code chat_message}: {@code sandbox_status}, {@code awake_sandbox},
 * {@code file_tree}, {@code file_content} (docs/protocol/realtime.md). Their answers go to the
 * asking connection only; a state change {@code awake_sandbox} causes is a session event instead.
 */
@ApplicationScoped
public class SandboxCommands {

    private final GetSandboxStatusUseCase status;
    private final AwakeSandboxUseCase awake;
    private final ListSandboxFilesUseCase files;
    private final ReadSandboxFileUseCase file;

    public SandboxCommands(GetSandboxStatusUseCase status, AwakeSandboxUseCase awake, ListSandboxFilesUseCase files,
                           ReadSandboxFileUseCase file) {
        this.status = status;
        this.awake = awake;
        this.files = files;
        this.file = file;
    }

    Optional<Reply> handle(OwnedSession session, String command, Map<String, Object> payload) {
        Identity caller = session.owner();
        SessionId sessionId = session.sessionId();
        return switch (command) {
            case "sandbox_status" -> Optional.of(status(status.status(new GetSandboxStatusQuery(caller, sessionId))));
            case "awake_sandbox" -> {
                SandboxStatusView view = awake.awake(new AwakeSandboxCommand(caller, sessionId));
                yield view.announced() ? Optional.empty() : Optional.of(status(view));
            }
            case "file_tree" -> Optional.of(tree(files.list(new ListSandboxFilesQuery(caller, sessionId,
                    text(payload, "path"), integer(payload, "depth")))));
            case "file_content" -> Optional.of(content(file.read(new ReadSandboxFileQuery(caller, sessionId,
                    text(payload, "path")))));
            default -> throw new IllegalArgumentException("not a sandbox command: " + command);
        };
    }

    private static Reply status(SandboxStatusView view) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", view.status());
        content.put("sandbox_id", view.sandboxId() == null ? null : view.sandboxId().toString());
        content.put("provider", view.provider());
        content.put("vscode_url", view.vscodeUrl());
        content.put("expires_at", view.expiresAt() == null ? null : view.expiresAt().toString());
        return new Reply(EventName.SANDBOX_STATUS_CHANGED, content);
    }

    private static Reply tree(SandboxFileTreeView view) {
        List<Map<String, Object>> entries = view.entries().stream().map(entry -> {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("path", entry.path());
            wire.put("type", entry.type());
            wire.put("size", entry.size());
            return wire;
        }).toList();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("path", view.path());
        content.put("depth", view.depth());
        content.put("entries", entries);
        content.put("truncated", view.truncated());
        return new Reply(EventName.FILE_TREE_LISTED, content);
    }

    private static Reply content(SandboxFileView view) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("path", view.path());
        content.put("content", view.content());
        content.put("binary", view.binary());
        content.put("size", view.size());
        content.put("truncated", view.truncated());
        return new Reply(EventName.FILE_CONTENT_READ, content);
    }

    private static String text(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new ValidationException(field + " must be a string");
    }

    private static Integer integer(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw new ValidationException(field + " must be a whole number");
    }
}
