package ai.iiagent.adapter.sandbox.local;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link SandboxPreviewPort} of the local sandbox. Every command and shell of a local sandbox has its
 * own network namespace with only loopback, so a server the agent starts in a shell is reachable
 * only inside that namespace. For a preview of {@code (session, port)} this finds the namespace of
 * the session's processes where something listens on the port (from {@code /proc/<pid>/net/tcp*},
 * processes of the session's host uid whose {@code /workspace} is the session's workspace), and
 * starts one small relay ({@code preview-relay.py}, host {@code python3}, no third-party code) that
 * listens on the host's {@code 127.0.0.1:<ephemeral>} and connects only to that port inside that
 * namespace, as the sandbox's uid. The sandbox itself gets no route anywhere.
 *
 * <p>A relay is reused while its namespace still has the listener; when the server moved (restarted
 * in another shell) or exited, the relay is replaced or the call answers
 * {@link SandboxPreviewPort#NOT_LISTENING}. Reading a namespace's TCP tables costs milliseconds (the
 * kernel walks its whole socket hash for them), so a relay whose listener was seen within the last
 * {@link #TRUST} is reused without looking again; it is looked at again at once when the relay could
 * not reach the server for a connection (the relay reports it) and when the session's shells or
 * terminals close ({@link #distrust}). Relays die with the JVM (parent-death signal), with
 * {@link #close(SessionId)} and with the sandbox ({@link BubblewrapSandbox#destroy}).
 */
public final class PreviewRelays implements SandboxPreviewPort {

    private static final ErrorCode INVALID_PORT = ErrorCode.of("invalid_port");
    private static final String PYTHON = "/usr/bin/python3";
    private static final String SCRIPT = script();
    private static final long START_MILLIS = 5_000;
    private static final String GONE = "gone";
    /** How long a listener seen in a relay's namespace is trusted without reading the namespace's TCP tables again. */
    static final Duration TRUST = Duration.ofMillis(1500);

    private final BubblewrapSandbox sandbox;
    private final long trustNanos;
    private final Map<SessionId, Map<Integer, Relay>> relays = new ConcurrentHashMap<>();

    PreviewRelays(BubblewrapSandbox sandbox) {
        this(sandbox, TRUST);
    }

    PreviewRelays(BubblewrapSandbox sandbox, Duration trust) {
        this.sandbox = sandbox;
        this.trustNanos = trust.toNanos();
    }

    private static final class Relay {
        private final Process process;
        private final InetSocketAddress address;
        private volatile long seenAt;
        private volatile boolean trusted;

        Relay(Process process, InetSocketAddress address, long seenAt) {
            this.process = process;
            this.address = address;
            this.seenAt = seenAt;
            this.trusted = true;
        }

        boolean trustedAt(long now, long trustNanos) {
            return trusted && now - seenAt < trustNanos;
        }

        void seen(long now) {
            seenAt = now;
            trusted = true;
        }

        void distrust() {
            trusted = false;
        }
    }

    @Override
    public InetSocketAddress relay(SessionId sessionId, int port) {
        if (port < 1 || port > 65_535) {
            throw new ValidationException(INVALID_PORT, "a port is between 1 and 65535");
        }
        Map<Integer, Relay> own = relays.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>());
        synchronized (own) {
            Relay current = own.get(port);
            if (current != null && current.process.isAlive() && stillListens(current, port)) {
                return current.address;
            }
            if (current != null) {
                stop(current);
                own.remove(port);
            }
            long pid = listenerNamespaceOwner(sessionId, port).orElseThrow(() -> new NotFoundException(NOT_LISTENING,
                    "nothing in the sandbox listens on port " + port + " (start the server first)"));
            Relay started = start(pid, port, sandbox.hostUid(sessionId));
            own.put(port, started);
            return started.address;
        }
    }

    private boolean stillListens(Relay relay, int port) {
        long now = System.nanoTime();
        if (relay.trustedAt(now, trustNanos)) {
            return true;
        }
        if (!listens(relay.process.pid(), port)) {
            return false;
        }
        relay.seen(now);
        return true;
    }

    @Override
    public void close(SessionId sessionId) {
        Map<Integer, Relay> own = relays.remove(sessionId);
        if (own != null) {
            synchronized (own) {
                own.values().forEach(PreviewRelays::stop);
                own.clear();
            }
        }
    }

    /**
     * The session's servers may have stopped (its shells or terminals closed): the next preview of each of
     * its relays reads the namespace's TCP tables again instead of trusting an earlier look.
     */
    void distrust(SessionId sessionId) {
        Map<Integer, Relay> own = relays.get(sessionId);
        if (own != null) {
            own.values().forEach(Relay::distrust);
        }
    }

    /** Stops every relay (application shutdown). */
    void closeAll() {
        relays.keySet().forEach(this::close);
    }

    // A process of the session whose network namespace has a listener on the port.
    private Optional<Long> listenerNamespaceOwner(SessionId sessionId, int port) {
        String uid = Integer.toString(sandbox.hostUid(sessionId));
        String workspace = sandbox.workspaceOf(sessionId).toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Long> candidates = procs.map(p -> p.getFileName().toString())
                    .filter(name -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .filter(pid -> uid.equals(realUid(pid)))
                    .toList();
            for (long pid : candidates) {
                if (inWorkspace(pid, workspace) && listens(pid, port)) {
                    return Optional.of(pid);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realUid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[0];
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            return null;
        }
        return null;
    }

    // Uids are spread over sessions by hash and may collide: the process must have THIS workspace at /workspace.
    private static boolean inWorkspace(long pid, String workspace) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "mountinfo"))) {
                String[] fields = line.split(" ");
                if (fields.length > 4 && "/workspace".equals(fields[4]) && workspace.endsWith(fields[3])
                        && !fields[3].equals("/")) {
                    return true;
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            return false;
        }
        return false;
    }

    /** Whether the network namespace of {@code pid} has a TCP socket listening on {@code port} on loopback or any address. */
    static boolean listens(long pid, int port) {
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table))) {
                    String[] fields = line.strip().split("\\s+");
                    if (fields.length > 3 && "0A".equals(fields[3]) && fields[1].endsWith(hexPort)) {
                        return true;
                    }
                }
            } catch (IOException | UncheckedIOException gone) {
                return false;
            }
        }
        return false;
    }

    private static Relay start(long pid, int port, int hostUid) {
        List<String> argv = List.of(PYTHON, "-I", "-S", "-c", SCRIPT, "/proc/" + pid + "/ns/net", Integer.toString(port),
                Integer.toString(hostUid));
        Process process;
        try {
            process = SandboxProcesses.start(new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null"))).redirectError(ProcessBuilder.Redirect.DISCARD), Map.of("PATH", "/usr/bin:/bin"));
        } catch (IOException e) {
            throw new ServiceUnavailableException(BubblewrapSandbox.UNAVAILABLE, "could not start the preview relay: " + e.getMessage());
        }
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<Relay> started = new CompletableFuture<>();
        SandboxProcesses.readerThreads().newThread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                first.complete(out.readLine());
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    // The relay could not reach the server for a connection: look again on the next preview.
                    if (GONE.equals(line.strip())) {
                        started.thenAccept(Relay::distrust);
                    }
                }
            } catch (IOException e) {
                first.complete(null);
            }
        }).start();
        try {
            String line = first.get(START_MILLIS, TimeUnit.MILLISECONDS);
            if (line == null || !line.strip().matches("[0-9]{1,5}")) {
                throw new IllegalStateException("no port");
            }
            Relay relay = new Relay(process, new InetSocketAddress("127.0.0.1", Integer.parseInt(line.strip())), System.nanoTime());
            started.complete(relay);
            return relay;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            // The server may have exited between the scan and the relay's start.
            throw new NotFoundException(NOT_LISTENING, "the server on port " + port + " went away before it could be reached");
        }
    }

    private static void stop(Relay relay) {
        relay.process.destroyForcibly();
    }

    private static String script() {
        try (InputStream in = PreviewRelays.class.getResourceAsStream("preview-relay.py")) {
            if (in == null) {
                throw new IllegalStateException("preview-relay.py is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
