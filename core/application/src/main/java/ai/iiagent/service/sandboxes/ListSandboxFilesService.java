package ai.iiagent.service.sandboxes;

import ai.iiagent.port.in.sandboxes.ListSandboxFilesQuery;
import ai.iiagent.port.in.sandboxes.ListSandboxFilesUseCase;
import ai.iiagent.port.in.sandboxes.SandboxFileTreeView;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.Locale;

/** A bounded directory listing for the owner's file explorer. */
public final class ListSandboxFilesService implements ListSandboxFilesUseCase {

    /** Levels walked when the client does not say. */
    public static final int DEFAULT_DEPTH = 2;
    /** The deepest walk a client may ask for. */
    public static final int MAX_DEPTH = 5;
    /** Entries in one listing at most; more sets {@code truncated}. */
    public static final int MAX_ENTRIES = 500;

    private final SandboxAccess access;
    private final SandboxLifecycle lifecycle;

    public ListSandboxFilesService(SessionRepository sessions, SandboxLifecycle lifecycle) {
        this.access = new SandboxAccess(sessions);
        this.lifecycle = lifecycle;
    }

    @Override
    public SandboxFileTreeView list(ListSandboxFilesQuery query) {
        access.requireOwner(query.caller(), query.sessionId());
        int depth = query.depth() == null ? DEFAULT_DEPTH : Math.clamp(query.depth(), 1, MAX_DEPTH);
        SandboxFileTree tree = lifecycle.tree(query.sessionId(), query.path(), depth, MAX_ENTRIES);
        return new SandboxFileTreeView(query.path(), depth, tree.entries().stream().map(ListSandboxFilesService::entry)
                .toList(), tree.truncated());
    }

    private static SandboxFileTreeView.Entry entry(SandboxFileEntry entry) {
        return new SandboxFileTreeView.Entry(entry.path(), entry.kind().name().toLowerCase(Locale.ROOT), entry.sizeBytes());
    }
}
