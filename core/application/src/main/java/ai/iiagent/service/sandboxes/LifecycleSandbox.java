package ai.iiagent.service.sandboxes;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxState;
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
import java.util.function.Function;

/**
 * The {@link SandboxPort} the agent's tools get: the provider's port behind the
 * {@link SandboxLifecycle}. A work call first gets a running sandbox (created lazily, reattached,
 * resumed, the record marked used) and then runs on the sandbox that serves the session (the
 * parent's for a shared fork); control calls change the record as well as the provider.
 */
final class LifecycleSandbox implements SandboxPort {

    private final SandboxLifecycle lifecycle;
    private final SandboxPort provider;

    LifecycleSandbox(SandboxLifecycle lifecycle, SandboxPort provider) {
        this.lifecycle = lifecycle;
        this.provider = provider;
    }

    @Override
    public String kind() {
        return provider.kind();
    }

    @Override
    public SandboxInstance ensure(SessionId sessionId, CreditReservation reservation) {
        Sandbox row = lifecycle.ready(sessionId, reservation);
        return new SandboxInstance(row.providerSandboxId(), SandboxStatus.RUNNING, row.metadata());
    }

    /** The lifecycle decides from the session's fork mode whether to copy; {@code sourceSessionId} is not used. */
    @Override
    public SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation) {
        return ensure(sessionId, reservation);
    }

    @Override
    public SandboxInstance connect(SessionId sessionId, String providerSandboxId) {
        return provider.connect(lifecycle.owningSession(sessionId), providerSandboxId);
    }

    @Override
    public SandboxStatus pause(SessionId sessionId) {
        lifecycle.pause(sessionId, "requested");
        return status(sessionId);
    }

    @Override
    public SandboxStatus resume(SessionId sessionId) {
        lifecycle.awake(sessionId);
        return status(sessionId);
    }

    @Override
    public void destroy(SessionId sessionId) {
        lifecycle.destroy(sessionId, "requested");
    }

    /** As recorded: running, paused, or absent for creating, destroyed, failed and never created. */
    @Override
    public SandboxStatus status(SessionId sessionId) {
        return lifecycle.current(sessionId).map(row -> row.state() == SandboxState.RUNNING ? SandboxStatus.RUNNING
                : row.state() == SandboxState.PAUSED ? SandboxStatus.PAUSED : SandboxStatus.ABSENT)
                .orElse(SandboxStatus.ABSENT);
    }

    @Override
    public List<SessionId> list() {
        return provider.list();
    }

    @Override
    public CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.run(owner, request, reservation));
    }

    @Override
    public byte[] readFile(SessionId sessionId, String path, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.readFile(owner, path, reservation));
    }

    @Override
    public void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation) {
        work(sessionId, reservation, owner -> {
            provider.writeFile(owner, path, content, reservation);
            return null;
        });
    }

    @Override
    public List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.listFiles(owner, directory, reservation));
    }

    @Override
    public long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.upload(owner, path, content, reservation));
    }

    @Override
    public InputStream download(SessionId sessionId, String path, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.download(owner, path, reservation));
    }

    @Override
    public URI exposePort(SessionId sessionId, int port, CreditReservation reservation) {
        return work(sessionId, reservation, owner -> provider.exposePort(owner, port, reservation));
    }

    @Override
    public SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        return lifecycle.tree(sessionId, directory, maxDepth, maxEntries);
    }

    @Override
    public SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes) {
        return lifecycle.head(sessionId, path, maxBytes);
    }

    private <T> T work(SessionId sessionId, CreditReservation reservation, Function<SessionId, T> call) {
        SessionId owner = lifecycle.ready(sessionId, reservation).sessionId();
        try {
            return call.apply(owner);
        } finally {
            lifecycle.touched(owner);
        }
    }
}
