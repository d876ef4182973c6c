package ai.iiagent.adapter.integrations.cli;

import ai.iiagent.adapter.sandbox.local.BubblewrapSandbox;
import ai.iiagent.adapter.sandbox.local.SandboxProcesses;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.integrations.CodingCliCredentials;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.out.integrations.CodingCliPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link CodingCliPort} on the local sandbox: the CLI, installed on the host by {@link NpmCliInstaller},
 * is mounted read-only at {@code /opt/coding-cli} into a process of the session's sandbox (its uid,
 * limits, {@code /workspace}, a private {@code /tmp}) that shares the host's network only when the
 * operator allows it (the CLI must reach its model API). The credentials travel in the launch's stdin
 * preamble to that one process; Codex's {@code auth.json} is written into the process's own
 * {@code /tmp}, which no other sandbox process sees.
 */
public final class BubblewrapCodingClis implements CodingCliPort {

    /** Where the CLI's install directory appears inside the sandbox. */
    public static final String MOUNT = "/opt/coding-cli";

    /**
     * @param cpuSeconds CPU-time limit of one CLI run
     * @param network    whether the CLI's process shares the host's network (without it the CLI cannot reach its model)
     * @param openAiBase an OpenAI-compatible base URL for Codex ({@code OPENAI_BASE_URL}), or null for OpenAI's
     * @param anthropicBase a base URL for Claude Code ({@code ANTHROPIC_BASE_URL}), or null for Anthropic's
     * @param addressSpaceBytes RLIMIT_AS of the CLI's process: Node's fetch (WebAssembly) fails under the
     *                   sandbox's usual 1 GiB; resident memory stays bounded by the sandbox's memory watchdog
     */
    public record Settings(long cpuSeconds, boolean network, String openAiBase, String anthropicBase, long addressSpaceBytes) {
    }

    private final BubblewrapSandbox sandbox;
    private final SandboxPort lifecycle;
    private final NpmCliInstaller installer;
    private final Settings settings;

    public BubblewrapCodingClis(BubblewrapSandbox sandbox, SandboxPort lifecycle, NpmCliInstaller installer, Settings settings) {
        this.sandbox = sandbox;
        this.lifecycle = lifecycle;
        this.installer = installer;
        this.settings = settings;
    }

    @Override
    public Optional<String> unavailableReason(CodingCli cli) {
        Optional<String> install = installer.unavailableReason(cli);
        if (install.isPresent()) {
            return install;
        }
        if (!settings.network()) {
            return Optional.of(cli.displayName() + " CLI needs to reach its model API, and CODING_CLI_NETWORK is off");
        }
        return Optional.empty();
    }

    @Override
    public CodingCliResult run(SessionId session, CodingCli cli, String task, CodingCliCredentials credentials,
                               Duration timeout, CreditReservation reservation) {
        unavailableReason(cli).ifPresent(reason -> {
            throw new ServiceUnavailableException(ErrorCode.of(NpmCliInstaller.UNAVAILABLE), reason);
        });
        Path installed = installer.ensureInstalled(cli);
        lifecycle.ensure(session, reservation); // created and recorded like for Bash
        Map<String, String> env = CliScripts.environment(cli, task, credentials, settings.openAiBase(), settings.anthropicBase());
        List<String> command = List.of("/bin/bash", "--noprofile", "--norc", "-c",
                CliScripts.script(cli, MOUNT + "/" + installer.binaryPath(cli)), cli.wireName());
        BubblewrapSandbox.SandboxedLaunch launch = sandbox.launch(session, command, env, settings.cpuSeconds(),
                settings.network(), Map.of(installed, MOUNT), settings.addressSpaceBytes());
        try {
            return runProcess(cli, launch, timeout);
        } catch (IOException e) {
            throw new ServiceUnavailableException(ErrorCode.of(NpmCliInstaller.UNAVAILABLE),
                    cli.displayName() + " CLI could not be started: " + e.getMessage());
        }
    }

    private static CodingCliResult runProcess(CodingCli cli, BubblewrapSandbox.SandboxedLaunch launch, Duration timeout)
            throws IOException {
        Process process = SandboxProcesses.start(new ProcessBuilder(launch.argv()), launch.environment());
        CliOutput output = new CliOutput(cli);
        Thread out = SandboxProcesses.readerThreads().newThread(() -> drain(process.getInputStream(), output, false));
        Thread err = SandboxProcesses.readerThreads().newThread(() -> drain(process.getErrorStream(), output, true));
        out.start();
        err.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(launch.stdinPreamble());
        } catch (IOException e) {
            // the process ended before it read its variables: its exit code and output tell why
        }
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            out.join(5_000);
            err.join(5_000);
            return new CodingCliResult(output.finalMessage(), output.transcript(), process.exitValue(), false);
        } catch (TimeoutException e) {
            killQuietly(process);
            return new CodingCliResult(output.finalMessage(), output.transcript(), -1, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killQuietly(process);
            throw new ServiceUnavailableException(ErrorCode.of(NpmCliInstaller.UNAVAILABLE), cli.displayName() + " run was interrupted");
        } catch (ExecutionException e) {
            killQuietly(process);
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void drain(InputStream stream, CliOutput output, boolean stderr) {
        try (InputStream in = stream) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                output.accept(buffer, read, stderr);
            }
        } catch (IOException e) {
            // the process was killed: what was read is kept
        }
    }

    // bwrap is the sandbox's PID-namespace init: once it dies the kernel kills whatever the snapshot missed
    private static void killQuietly(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
