package ai.iiagent.adapter.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileEntry;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

/**
 * A sandbox provider that says when a session's sandbox is about to be paused or destroyed, so
 * what lives beside it (the session's browser) stops with it; everything else is passed through.
 */
public final class StopNotifyingSandbox implements SandboxPort {

    private final SandboxPort sandbox;
    private final Consumer<SessionId> stopping;

    public StopNotifyingSandbox(SandboxPort sandbox, Consumer<SessionId> stopping) {
        this.sandbox = sandbox;
        this.stopping = stopping;
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        stopping.accept(sessionId);
        return sandbox.pause(sessionId);
    }

    @Override
    public void destroy(SessionId sessionId) {
        stopping.accept(sessionId);
        sandbox.destroy(sessionId);
    }

    @Override
    public String kind() {
        return sandbox.kind();
    }

    @Override
    public SandboxInstance ensure(SessionId sessionId, CreditReservation reservation) {
        return sandbox.ensure(sessionId, reservation);
    }

    @Override
    public SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation) {
        return sandbox.createCopy(sessionId, sourceSessionId, reservation);
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        return sandbox.connect(sessionId, providerSandboxId);
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        return sandbox.resume(sessionId);
    }

    @Override
    public SandboxStatus status(SessionId sessionId) {
        return sandbox.status(sessionId);
    }

    @Override
    public List<SessionId> list() {
        return sandbox.list();
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        return sandbox.run(sessionId, request, reservation);
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        return sandbox.readFile(sessionId, path, reservation);
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        sandbox.writeFile(sessionId, path, content, reservation);
    }

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        return sandbox.listFiles(sessionId, directory, reservation);
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        return sandbox.upload(sessionId, path, content, reservation);
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        return sandbox.download(sessionId, path, reservation);
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        return sandbox.exposePort(sessionId, port, reservation);
    }

    @Override
    public SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        return sandbox.listTree(sessionId, directory, maxDepth, maxEntries);
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        return sandbox.readHead(sessionId, path, maxBytes);
    }
}
