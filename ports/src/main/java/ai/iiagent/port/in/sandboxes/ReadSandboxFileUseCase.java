package ai.iiagent.port.in.sandboxes;

/**
 * {@code file_content}: the start of one workspace file, size-limited; text comes back as text,
 * binary files only as their size. Never outside the workspace. Only the owner; a session
 * without a sandbox is {@code sandbox_not_found}.
 */
public interface ReadSandboxFileUseCase {

    SandboxFileView read(ReadSandboxFileQuery query);
}
