package ai.iiagent.adapter.media.offline;

import ai.iiagent.port.out.media.MediaGenerationFailedException;
import ai.iiagent.port.out.media.MediaGenerationFailedException.Kind;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a media binary ({@code ffmpeg}, {@code espeak-ng}) on the host: an argument array (never a
 * shell), in a working directory, with optional standard input, killed when the time limit passes.
 * Failures throw {@link MediaGenerationFailedException} with the end of what the binary printed.
 */
final class HostCommand {

    private static final int TAIL_CHARS = 400;

    private HostCommand() {
    }

    /** The binary's path when {@code name} is an executable on {@code PATH}. */
    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static void run(List<String> command, Path directory, byte[] stdin, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve(".output.log").toFile()).start();
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.UNAVAILABLE, command.get(0) + " could not be started: "
                    + e.getMessage(), e);
        }
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, command.get(0) + " did not take its input", e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new MediaGenerationFailedException(Kind.TIMEOUT, command.get(0) + " took longer than "
                        + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MediaGenerationFailedException(Kind.TIMEOUT, command.get(0) + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, command.get(0) + " failed with exit code "
                    + process.exitValue() + ": " + tail(directory.resolve(".output.log")));
        }
    }

    /** What the last {@link #run} in {@code directory} printed (standard output and error together). */
    static String output(Path directory) {
        try {
            return Files.readString(directory.resolve(".output.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A fresh private working directory, deleted by {@link #deleteQuietly}. */
    static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.UNAVAILABLE, "no temporary directory: " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless; the OS cleans /tmp
        }
    }

    static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MediaGenerationFailedException(Kind.PROVIDER_ERROR, "the generated file is missing", e);
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() <= TAIL_CHARS ? text : "…" + text.substring(text.length() - TAIL_CHARS);
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
