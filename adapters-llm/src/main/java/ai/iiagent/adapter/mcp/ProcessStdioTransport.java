package ai.iiagent.adapter.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import ai.iiagent.adapter.sandbox.local.SandboxProcesses;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * MCP over a child process's stdin/stdout (newline-delimited JSON-RPC), for the SDK's client. Written
 * here rather than using the SDK's stdio transport because a user's server must inherit nothing from
 * this JVM (the environment is exactly the launch's), its whole process tree must end when the run
 * does, and a server that dies while starting must fail at once instead of after the timeout.
 */
final class ProcessStdioTransport implements McpClientTransport {

    private static final Logger LOG = Logger.getLogger(ProcessStdioTransport.class.getName());
    private static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    private static final int STDERR_LINES = 8;
    private static final int STDERR_LINE_CHARS = 300;
    private static final long STOP_WAIT_MILLIS = 2_000;

    private final String server;
    private final StdioLauncher.Launch launch;
    private final McpJsonMapper json;
    private final List<String> stderrHead = new ArrayList<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private final Object writing = new Object();
    private final CompletableFuture<Writer> started = new CompletableFuture<>();
    private volatile Process process;
    private volatile Writer stdin;
    private volatile boolean closing;

    ProcessStdioTransport(String server, StdioLauncher.Launch launch, McpJsonMapper json) {
        this.server = server;
        this.launch = launch;
        this.json = json;
    }

    @Override
    public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        return Mono.<Void>fromRunnable(() -> start(handler)).subscribeOn(Schedulers.boundedElastic());
    }

    private void start(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        try {
            process = SandboxProcesses.start(new ProcessBuilder(launch.argv()), launch.environment());
        } catch (IOException e) {
            exited.complete(-1);
            UncheckedIOException failure = new UncheckedIOException("could not start the server process: " + e.getMessage(), e);
            started.completeExceptionally(failure);
            throw failure;
        }
        try {
            process.getOutputStream().write(launch.stdinPreamble()); // the server's own variables, read inside the sandbox
            process.getOutputStream().flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "MCP server " + server + " closed stdin at once", e);
        }
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        started.complete(stdin);
        process.onExit().thenAccept(ended -> exited.complete(ended.exitValue()));
        // Platform threads: a read blocked on a pipe would pin a virtual thread's carrier for as long as the server idles.
        SandboxProcesses.readerThreads().newThread(() -> readMessages(handler)).start();
        SandboxProcesses.readerThreads().newThread(this::readStderr).start();
    }

    private void readMessages(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = boundedLine(out); line != null; line = boundedLine(out)) {
                if (line.isBlank()) {
                    continue;
                }
                McpSchema.JSONRPCMessage message;
                try {
                    message = McpSchema.deserializeJsonRpcMessage(json, line);
                } catch (IOException | IllegalArgumentException e) {
                    LOG.log(Level.FINE, "MCP server {0} wrote a line that is not JSON-RPC; skipped", server);
                    continue;
                }
                handler.apply(Mono.just(message)).subscribe(ignored -> { },
                        error -> LOG.log(Level.FINE, "MCP server " + server + ": handling a message failed", error));
            }
        } catch (IOException e) {
            if (!closing) {
                LOG.log(Level.FINE, "MCP server " + server + ": stdout ended", e);
            }
        }
    }

    // A line longer than the limit is cut off and its rest skipped, so a runaway server cannot fill memory.
    private static String boundedLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean overflow = false;
        for (int c = reader.read(); c != -1; c = reader.read()) {
            if (c == '\n') {
                return overflow ? "" : line.toString();
            }
            if (line.length() < MAX_LINE_CHARS) {
                line.append((char) c);
            } else {
                overflow = true;
            }
        }
        return line.isEmpty() ? null : overflow ? "" : line.toString();
    }

    private void readStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                LOG.log(Level.FINE, "MCP server {0} stderr: {1}", new Object[] {server, line});
                String kept = line.length() > STDERR_LINE_CHARS ? line.substring(0, STDERR_LINE_CHARS) + "…" : line;
                synchronized (stderrTail) {
                    if (stderrHead.size() < STDERR_LINES / 2) {
                        stderrHead.add(kept); // the first lines usually say what went wrong
                        continue;
                    }
                    stderrTail.addLast(kept);
                    while (stderrTail.size() > STDERR_LINES / 2) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINEST, "stderr of an MCP server closed", e);
        }
    }

    @Override
    public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        // The client may send before connect's start has run (it subscribes asynchronously): wait for the process.
        return Mono.fromFuture(started).flatMap(to -> Mono.fromRunnable(() -> {
            if (closing) {
                throw new IllegalStateException("the MCP server " + server + " is not running");
            }
            try {
                String line = json.writeValueAsString(message);
                synchronized (writing) {
                    to.write(line);
                    to.write('\n');
                    to.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the MCP server " + server + " stopped reading: " + e.getMessage(), e);
            }
        }));
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.<Void>fromRunnable(this::stop).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void close() {
        stop();
    }

    /** Closes stdin (a well-behaved server exits), then ends the process and everything it started. */
    private void stop() {
        closing = true;
        started.completeExceptionally(new IllegalStateException("the MCP server " + server + " was stopped"));
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            Writer to = stdin;
            if (to != null) {
                to.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINEST, "stdin of an MCP server already closed", e);
        }
        try {
            if (!running.waitFor(STOP_WAIT_MILLIS / 2, TimeUnit.MILLISECONDS)) {
                List<ProcessHandle> tree = running.descendants().toList();
                running.destroy();
                if (!running.waitFor(STOP_WAIT_MILLIS / 2, TimeUnit.MILLISECONDS)) {
                    running.destroyForcibly();
                }
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return json.convertValue(data, typeRef);
    }

    /** Completes with the exit code when the process ends (-1 if it never started). */
    CompletableFuture<Integer> exited() {
        return exited;
    }

    /** The first and the last lines the server wrote to stderr, for an error message ("" when nothing). */
    String stderrTail() {
        synchronized (stderrTail) {
            List<String> lines = new ArrayList<>(stderrHead);
            lines.addAll(stderrTail);
            return String.join(" | ", lines);
        }
    }
}
