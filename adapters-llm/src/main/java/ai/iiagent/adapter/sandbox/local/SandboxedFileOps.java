package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link WorkspaceScripts} in a session's sandbox and turns their exit codes into the port's
 * errors. The server never opens a path inside a workspace itself: checking a path and then using
 * it as root cannot be made safe while the sandbox swaps links underneath.
 */
final class SandboxedFileOps {

    static final ErrorCode IS_DIRECTORY = ErrorCode.of("sandbox_path_is_directory");
    private static final long CPU_SECONDS = 30;
    private static final long DEADLINE_SECONDS = 60;

    private final BubblewrapSandbox sandbox;

    SandboxedFileOps(BubblewrapSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Starts a script with its arguments; its stdout begins with {@code K} once its checks passed. */
    Running start(Path workspace, int hostUid, String script, String path, String... args) {
        List<String> program = new ArrayList<>(List.of("/bin/bash", "--noprofile", "--norc", "-c", script, "workspace-file",
                path.isEmpty() ? "." : path));
        program.addAll(List.of(args));
        List<String> argv = BubblewrapCommandLine.exec(sandbox.config(), sandbox.bwrapExecutable(), workspace, hostUid,
                CPU_SECONDS, false, program);
        try {
            Process process = SandboxProcesses.start(new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD),
                    BubblewrapCommandLine.baseEnvironment());
            return new Running(process, new PumpedStream(process), path);
        } catch (IOException e) {
            throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "could not start bubblewrap: " + e.getMessage());
        }
    }

    /** Runs a script to its end (at most a minute) and returns what it printed after {@code K}, up to {@code limit} bytes. */
    byte[] output(Path workspace, int hostUid, long limit, String script, String path, String... args) {
        Running running = start(workspace, hostUid, script, path, args);
        CompletableFuture.delayedExecutor(DEADLINE_SECONDS, TimeUnit.SECONDS).execute(running.stdout::close);
        try (InputStream out = running.stdout) {
            running.checked();
            byte[] kept = out.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (kept.length > limit) {
                throw new ValidationException(ErrorCode.of("sandbox_file_too_large"), "the file is larger than " + limit
                        + " bytes");
            }
            running.finished();
            return kept;
        } catch (IOException e) {
            throw running.failed(e);
        }
    }

    /** One script run: its process and its stdout. */
    static final class Running {

        private final Process process;
        private final PumpedStream stdout;
        private final String path;

        private Running(Process process, PumpedStream stdout, String path) {
            this.process = process;
            this.stdout = stdout;
            this.path = path;
        }

        InputStream stdout() {
            return stdout;
        }

        OutputStream stdin() {
            return process.getOutputStream();
        }

        /** Reads the {@code K}, or throws the error the script's exit code stands for. */
        void checked() throws IOException {
            int first = stdout.read();
            if (first != 'K') {
                stdout.close();
                throw errorFor(exitCode());
            }
        }

        /** Waits for a clean exit; a script that failed after its checks lost a race with the sandbox: not found. */
        void finished() {
            int code = exitCode();
            if (code != 0) {
                throw code == WorkspaceScripts.MISSING || code == WorkspaceScripts.OUTSIDE ? errorFor(code)
                        : new NotFoundException(SandboxErrors.FILE_NOT_FOUND, "the file changed while it was used: " + path);
            }
        }

        RuntimeException failed(IOException e) {
            stdout.close();
            return new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "a workspace file operation failed: "
                    + e.getMessage());
        }

        private int exitCode() {
            try {
                return process.onExit().get(DEADLINE_SECONDS, TimeUnit.SECONDS).exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "interrupted during a file operation");
            } catch (ExecutionException | TimeoutException e) {
                throw new ServiceUnavailableException(SandboxErrors.UNAVAILABLE, "a workspace file operation did not end");
            }
        }

        private RuntimeException errorFor(int code) {
            return switch (code) {
                case WorkspaceScripts.OUTSIDE -> new ValidationException(WorkspacePaths.OUTSIDE,
                        "path is not inside the sandbox workspace: " + path);
                case WorkspaceScripts.MISSING -> new NotFoundException(SandboxErrors.FILE_NOT_FOUND,
                        "no such file or directory in the sandbox: " + path);
                case WorkspaceScripts.NOT_WRITABLE -> new ValidationException(IS_DIRECTORY,
                        "cannot write a file there (a directory is in the way): " + path);
                default -> new ServiceUnavailableException(SandboxErrors.UNAVAILABLE,
                        "a workspace file operation failed (exit " + code + ")");
            };
        }
    }
}
