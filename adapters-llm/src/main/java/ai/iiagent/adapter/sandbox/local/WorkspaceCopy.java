package ai.iiagent.adapter.sandbox.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Copies one workspace into another for a forked session: a tar stream from a sandbox of the
 * source (as its uid, seeing only its workspace) into a sandbox of the target (as the target's uid),
 * so links are copied as links and never followed on the host, and everything copied belongs to the
 * target session.
 */
final class WorkspaceCopy {

    private WorkspaceCopy() {
    }

    static void copy(SandboxedFileOps ops, Path source, int sourceUid, Path target, int targetUid) {
        SandboxedFileOps.Running pack = ops.start(source, sourceUid, WorkspaceScripts.PACK, "");
        SandboxedFileOps.Running unpack = ops.start(target, targetUid, WorkspaceScripts.UNPACK, "");
        try (InputStream from = pack.stdout(); InputStream ack = unpack.stdout()) {
            pack.checked();
            unpack.checked();
            try (OutputStream to = unpack.stdin()) {
                from.transferTo(to);
            }
            unpack.finished();
        } catch (IOException e) {
            throw unpack.failed(e);
        }
    }
}
