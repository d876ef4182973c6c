package ai.iiagent.adapter.integrations.cli;

import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Installs a coding CLI from npm on this machine, once, into {@code <root>/<cli>/<package hash>} (the
 * sandbox has no network, so it cannot install anything itself; the directory is mounted read-only
 * into sandboxes). The install runs as the server with {@code --ignore-scripts} (no package code runs
 * on the host) and a time limit; a failed install is remembered with its reason, so the agent type
 * says why it is unavailable instead of trying again on every call (until the server restarts).
 */
public final class NpmCliInstaller {

    /** The error code of a CLI that cannot be installed or run here. */
    public static final String UNAVAILABLE = "coding_cli_unavailable";
    private static final Logger LOG = Logger.getLogger(NpmCliInstaller.class.getName());
    private static final String MARKER = ".installed";

    /**
     * @param npm      the npm executable (absolute path or a name on PATH)
     * @param root     where installs are kept; must be readable by the sandbox users
     * @param packages the npm package spec per CLI ({@code @openai/codex@0.171.0}; a local directory or tarball too)
     * @param binaries the command each package installs ({@code codex}, {@code claude})
     * @param timeout  longest an install may take
     */
    public record Settings(String npm, Path root, Map<CodingCli, String> packages, Map<CodingCli, String> binaries,
                           Duration timeout) {
    }

    private final Settings settings;
    private final Map<CodingCli, String> failures = new ConcurrentHashMap<>();

    public NpmCliInstaller(Settings settings) {
        this.settings = settings;
    }

    /** Why the CLI cannot be installed, when that is known without trying (no npm) or an install failed. */
    public Optional<String> unavailableReason(CodingCli cli) {
        if (installed(cli)) {
            return Optional.empty();
        }
        if (npmExecutable().isEmpty()) {
            return Optional.of(cli.displayName() + " CLI cannot be installed: npm (" + settings.npm()
                    + ") is not installed on the server");
        }
        return Optional.ofNullable(failures.get(cli));
    }

    /** The install directory, installing the CLI first when needed. */
    public synchronized Path ensureInstalled(CodingCli cli) {
        Path directory = directory(cli);
        if (installed(cli)) {
            return directory;
        }
        Optional<String> reason = unavailableReason(cli);
        if (reason.isPresent()) {
            throw new ServiceUnavailableException(ErrorCode.of(UNAVAILABLE), reason.get());
        }
        String spec = settings.packages().get(cli);
        try {
            Files.createDirectories(directory);
            openForSandboxes(directory);
            Path log = Files.createTempFile("npm-install", ".log");
            List<String> command = new ArrayList<>(List.of(npmExecutable().get(), "install", "--prefix", directory.toString(),
                    "--no-audit", "--no-fund", "--no-save", "--ignore-scripts", "--install-links", "--omit=dev",
                    "--loglevel=error", spec));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            boolean done = process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (!done) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return fail(cli, "installing " + spec + " from npm took longer than " + settings.timeout());
            }
            if (process.exitValue() != 0 || !Files.exists(binary(cli))) {
                return fail(cli, "npm install " + spec + " failed (exit " + process.exitValue() + "): " + lastLine(output));
            }
            Files.writeString(directory.resolve(MARKER), spec);
            LOG.info(() -> cli.displayName() + " CLI installed from " + spec + " in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            return directory;
        } catch (IOException e) {
            return fail(cli, "installing " + spec + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException(ErrorCode.of(UNAVAILABLE), "installing " + spec + " was interrupted");
        }
    }

    /** The CLI's command, relative to its install directory. */
    public String binaryPath(CodingCli cli) {
        return "node_modules/.bin/" + settings.binaries().get(cli);
    }

    private Path fail(CodingCli cli, String reason) {
        String message = cli.displayName() + " CLI cannot be installed: " + reason;
        failures.put(cli, message);
        LOG.warning(message);
        throw new ServiceUnavailableException(ErrorCode.of(UNAVAILABLE), message);
    }

    private boolean installed(CodingCli cli) {
        return Files.exists(directory(cli).resolve(MARKER)) && Files.exists(binary(cli));
    }

    private Path binary(CodingCli cli) {
        return directory(cli).resolve(binaryPath(cli));
    }

    private Path directory(CodingCli cli) {
        String spec = settings.packages().get(cli);
        String key = Integer.toHexString(spec.hashCode());
        return settings.root().resolve(cli.wireName()).resolve(key);
    }

    private Optional<String> npmExecutable() {
        String npm = settings.npm();
        if (npm.contains("/")) {
            return Files.isExecutable(Path.of(npm)) ? Optional.of(npm) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, npm);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    // the sandbox users (other uids) must be able to walk to and read the install
    private void openForSandboxes(Path directory) {
        try {
            for (Path dir = directory; dir != null && dir.startsWith(settings.root()); dir = dir.getParent()) {
                if (Files.isDirectory(dir) && !Files.isSymbolicLink(dir)) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLine(String output) {
        String trimmed = output.strip();
        String last = trimmed.substring(trimmed.lastIndexOf('\n') + 1).strip();
        return last.length() > 300 ? last.substring(0, 300) : last;
    }
}
