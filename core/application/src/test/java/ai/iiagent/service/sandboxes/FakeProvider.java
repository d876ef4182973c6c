package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider in memory: sandboxes are maps of files; creation can be made to fail or to wait. */
final class FakeProvider implements SandboxPort {

    final Map<SessionId, Map<String, byte[]>> workspaces = new ConcurrentHashMap<>();
    final Map<SessionId, SandboxStatus> states = new ConcurrentHashMap<>();
    final AtomicInteger creations = new AtomicInteger();
    final List<String> calls = new ArrayList<>();
    volatile boolean failCreation;
    volatile CountDownLatch creationGate;
    volatile Runnable duringRun = () -> { };

    @Override
    public String kind() {
        return "fake";
    }

    @Override
    public SandboxInstance ensure(SessionId sessionId, CreditReservation reservation) {
        return create(sessionId, Map.of());
    }

    @Override
    public SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation) {
        return create(sessionId, workspaces.getOrDefault(sourceSessionId, Map.of()));
    }

    private SandboxInstance create(SessionId sessionId, Map<String, byte[]> files) {
        record("create " + sessionId);
        if (failCreation) {
            throw new UpstreamFailureException(SandboxErrors.PROVIDER_FAILED, "provider refused");
        }
        CountDownLatch gate = creationGate;
        if (gate != null) {
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        creations.incrementAndGet();
        workspaces.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>(files));
        states.put(sessionId, SandboxStatus.RUNNING);
        return new SandboxInstance("fake-" + sessionId, SandboxStatus.RUNNING, Map.of("vscode_url", "https://code.example/" + sessionId));
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        record("connect " + sessionId);
        return new SandboxInstance(providerSandboxId, status(sessionId), Map.of());
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        record("pause " + sessionId);
        states.computeIfPresent(sessionId, (id, s) -> SandboxStatus.PAUSED);
        return status(sessionId);
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        record("resume " + sessionId);
        states.computeIfPresent(sessionId, (id, s) -> SandboxStatus.RUNNING);
        return status(sessionId);
    }

    @Override
    public void destroy(SessionId sessionId) {
        record("destroy " + sessionId);
        workspaces.remove(sessionId);
        states.remove(sessionId);
    }

    @Override
    public SandboxStatus status(SessionId sessionId) {
        return states.getOrDefault(sessionId, SandboxStatus.ABSENT);
    }

    @Override
    public List<SessionId> list() {
        return List.copyOf(workspaces.keySet());
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        requireRunning(sessionId);
        record("run " + sessionId);
        duringRun.run();
        return new CommandResult(0, request.command(), "", false, false, Duration.ZERO);
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        requireRunning(sessionId);
        byte[] content = workspaces.get(sessionId).get(path);
        if (content == null) {
            throw new NotFoundException(SandboxErrors.FILE_NOT_FOUND, path);
        }
        return content;
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        requireRunning(sessionId);
        workspaces.get(sessionId).put(path, content);
    }

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        requireRunning(sessionId);
        return workspaces.get(sessionId).entrySet().stream()
                .map(e -> new SandboxFileEntry(e.getKey(), SandboxFileEntry.Kind.FILE, e.getValue().length)).toList();
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        try {
            byte[] bytes = content.readAllBytes();
            writeFile(sessionId, path, bytes, reservation);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        return new ByteArrayInputStream(readFile(sessionId, path, reservation));
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        requireRunning(sessionId);
        return URI.create("https://" + port + "-fake.example");
    }

    @Override
    public SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        requireRunning(sessionId);
        return new SandboxFileTree(workspaces.get(sessionId).entrySet().stream()
                .map(e -> new SandboxFileEntry(e.getKey(), SandboxFileEntry.Kind.FILE, e.getValue().length))
                .limit(maxEntries).toList(), workspaces.get(sessionId).size() > maxEntries);
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        byte[] content = readFile(sessionId, path, null);
        return new SandboxFileContent(java.util.Arrays.copyOf(content, Math.min(maxBytes, content.length)), content.length);
    }

    // The lifecycle must resume before working: a paused fake refuses work.
    private void requireRunning(SessionId sessionId) {
        if (status(sessionId) != SandboxStatus.RUNNING) {
            throw new IllegalStateException("work on a " + status(sessionId) + " sandbox " + sessionId);
        }
    }

    private synchronized void record(String call) {
        calls.add(call);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
