package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Deletes a workspace with GNU {@code rm -rf}, which walks directories by handle and never follows a
 * link, so a sandbox still swapping links during the removal cannot turn it onto a host file (a walk
 * by path, then a delete by path, can).
 */
final class WorkspaceRemoval {

    private static final long DEADLINE_SECONDS = 120;

    private WorkspaceRemoval() {
    }

    static void remove(Path workspace) {
        try {
            Process rm = SandboxProcesses.start(new ProcessBuilder(List.of("rm", "-rf", "--one-file-system", "--",
                    workspace.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD),
                    Map.of("PATH", "/usr/bin:/bin", "LANG", "C.UTF-8"));
            int code = rm.onExit().get(DEADLINE_SECONDS, TimeUnit.SECONDS).exitValue();
            if (code != 0) {
                throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not delete the workspace (rm exit "
                        + code + ")");
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not delete the workspace: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "interrupted while deleting the workspace");
        }
    }
}
