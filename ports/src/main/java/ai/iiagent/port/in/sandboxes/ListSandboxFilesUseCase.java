package ai.iiagent.port.in.sandboxes;

/**
 * {@code file_tree}: a directory of the session's workspace, at most a few levels deep and a bounded
 * number of entries, never outside the workspace. Only the owner; a session without a sandbox is
 * {@code sandbox_not_found} (nothing is created).
 */
public interface ListSandboxFilesUseCase {

    SandboxFileTreeView list(ListSandboxFilesQuery query);
}
