package ai.iiagent.service.sandboxes;

import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.sandboxes.SandboxChangeReasons;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sandboxes.Sandbox;
import ai.iiagent.domain.sandboxes.SandboxId;
import ai.iiagent.domain.sandboxes.SandboxState;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ServiceUnavailableException;
import ai.iiagent.port.in.sandboxes.SandboxSweepReport;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sandbox.SandboxErrors;
import ai.iiagent.port.out.sandbox.SandboxFileContent;
import ai.iiagent.port.out.sandbox.SandboxFileTree;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import ai.iiagent.port.out.sandboxes.SandboxRepository;
import ai.iiagent.port.out.sessions.SessionRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Owns every session's sandbox over its life (docs/sandboxes.md, Lifecycle): creates it lazily on
 * the first work call, keeps the {@code sandboxes} record in step with the provider, reattaches
 * after a restart (the record says which provider sandbox, {@link SandboxPort#connect} finds it
 * again), resolves forks that share their parent's sandbox or start from a copy, pauses idle ones,
 * destroys expired and orphaned ones, and publishes each state change as
 * {@code sandbox.status_changed} into the session's event log.
 *
 * <p>Billable work goes through {@link #port()} with the reservation the caller got from
 * {@code BillableExecutor}; this class never mints one. Calls for one sandbox are serialised by a
 * lock per owning session (in this process; across nodes the table's one-active-record index
 * decides who creates).
 */
public final class SandboxLifecycle {

    private static final ErrorCode BUSY = SandboxErrors.BUSY;
    private static final int MAX_SHARE_DEPTH = 16;

    private final SandboxPort provider;
    private final SandboxRepository sandboxes;
    private final SessionRepository sessions;
    private final PublishSessionEventsUseCase events;
    private final ClockPort clock;
    private final SandboxPolicy policy;
    private final SessionNoticeEncoding encoding;
    private final Set<SandboxId> attached = ConcurrentHashMap.newKeySet();
    private final ReentrantLock[] locks = new ReentrantLock[64];

    public SandboxLifecycle(SandboxPort provider, SandboxRepository sandboxes, SessionRepository sessions,
                            PublishSessionEventsUseCase events, ClockPort clock, SandboxPolicy policy,
                            SessionNoticeEncoding encoding) {
        this.provider = provider;
        this.sandboxes = sandboxes;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.policy = policy;
        this.encoding = encoding;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The sandbox port the agent's tools use: every work call gets a running sandbox through this lifecycle. */
    public SandboxPort port() {
        return new LifecycleSandbox(this, provider);
    }

    /** The provider's persistent shells behind this lifecycle, as the agent's shell tools use them. */
    public SandboxShellPort shells(SandboxShellPort providerShells) {
        return new LifecycleShells(this, providerShells);
    }

    /**
     * The session whose sandbox serves {@code sessionId}: itself, or (for a fork with
     * {@code sandbox_mode=share}) the ancestor whose sandbox it shares.
     */
    public SessionId owningSession(SessionId sessionId) {
        SessionId current = sessionId;
        for (int depth = 0; depth < MAX_SHARE_DEPTH; depth++) {
            ForkInfo fork = sessions.findById(current).map(s -> s.snapshot().forkInfo()).orElse(null);
            if (fork == null || fork.sandboxMode() != SandboxMode.SHARE) {
                return current;
            }
            current = fork.parentSessionId();
        }
        return current;
    }

    /** The current record of the sandbox serving the session, as stored (no provider call). */
    public Optional<Sandbox> current(SessionId sessionId) {
        return sandboxes.findActive(owningSession(sessionId));
    }

    /**
     * A running sandbox for a work call from {@code sessionId}: created (empty, or copied from the
     * parent for {@code sandbox_mode=copy}) when there is none, reattached after a restart, resumed
     * when paused, and marked used.
     */
    Sandbox ready(SessionId sessionId, CreditReservation reservation) {
        SessionId owner = owningSession(sessionId);
        return locked(owner, () -> {
            Sandbox row = attach(sessionId, sandboxes.findActive(owner).orElse(null));
            if (row == null) {
                return create(owner, sessionId, reservation);
            }
            if (row.state() == SandboxState.PAUSED) {
                return resume(sessionId, row, "resumed");
            }
            Sandbox used = row.used(clock.now());
            sandboxes.update(used);
            return used;
        });
    }

    /** Marks the session's sandbox used now (after a long work call, so idle pausing counts from its end). */
    void touched(SessionId owner) {
        locked(owner, () -> {
            sandboxes.findActive(owner).filter(row -> row.state() == SandboxState.RUNNING)
                    .ifPresent(row -> sandboxes.update(row.used(clock.now())));
            return null;
        });
    }

    /**
     * Reattaches to the session's sandbox and resumes it if paused; never creates one.
     *
     * @return the record afterwards and whether a state change was published; empty when there is no sandbox
     */
    public Optional<Change> awake(SessionId sessionId) {
        SessionId owner = owningSession(sessionId);
        return locked(owner, () -> {
            Sandbox row = attach(sessionId, sandboxes.findActive(owner).orElse(null));
            if (row == null) {
                return Optional.<Change>empty();
            }
            if (row.state() == SandboxState.PAUSED) {
                return Optional.of(new Change(resume(sessionId, row, "awakened"), true));
            }
            return Optional.of(new Change(row, false));
        });
    }

    /** Pauses the session's sandbox now (a no-op unless it runs). */
    void pause(SessionId sessionId, String reason) {
        SessionId owner = owningSession(sessionId);
        locked(owner, () -> {
            Sandbox row = attach(sessionId, sandboxes.findActive(owner).orElse(null));
            if (row != null && row.state() == SandboxState.RUNNING) {
                pauseRow(sessionId, row, reason);
            }
            return null;
        });
    }

    /** Destroys the session's sandbox now (a no-op when there is none). */
    void destroy(SessionId sessionId, String reason) {
        SessionId owner = owningSession(sessionId);
        locked(owner, () -> {
            sandboxes.findActive(owner).ifPresent(row -> destroyRow(sessionId, row, reason, true));
            return null;
        });
    }

    /** A bounded listing of the workspace for the owner's explorer; never creates a sandbox. */
    public SandboxFileTree tree(SessionId sessionId, String directory, int maxDepth, int maxEntries) {
        Sandbox row = readable(sessionId);
        return provider.listTree(row.sessionId(), directory, maxDepth, maxEntries);
    }

    /** The session's running sandbox for the owner's terminals and browsing (resumed if paused); never creates one. */
    Sandbox existing(SessionId sessionId) {
        return readable(sessionId);
    }

    /** The head of one workspace file for the owner; never creates a sandbox. */
    public SandboxFileContent head(SessionId sessionId, String path, int maxBytes) {
        Sandbox row = readable(sessionId);
        return provider.readHead(row.sessionId(), path, maxBytes);
    }

    /**
     * One maintenance run: expired sandboxes and those of deleted sessions are destroyed, idle running
     * ones paused, provider sandboxes without a record removed.
     */
    public SandboxSweepReport sweep() {
        int[] failed = {0};
        int expired = each(sandboxes.findExpired(clock.now(), policy.batch()), failed,
                row -> row.isExpiredAt(clock.now()), row -> destroyRow(row.sessionId(), row, "expired", true));
        int orphaned = each(sandboxes.findOfGoneSessions(policy.batch()), failed, row -> isGone(row.sessionId()),
                row -> destroyRow(row.sessionId(), row, SandboxChangeReasons.SESSION_DELETED, false));
        int paused = each(sandboxes.findIdle(clock.now().minus(policy.idlePauseAfter()), policy.batch()), failed,
                row -> row.isIdleSince(clock.now().minus(policy.idlePauseAfter())),
                row -> {
                    Sandbox attachedRow = attach(row.sessionId(), row);
                    if (attachedRow != null && attachedRow.state() == SandboxState.RUNNING) {
                        pauseRow(row.sessionId(), attachedRow, "idle");
                    }
                });
        int strays = 0;
        for (SessionId session : provider.list()) {
            try {
                boolean removed = locked(session, () -> {
                    if (sandboxes.findActive(session).isPresent()) {
                        return false;
                    }
                    provider.destroy(session);
                    return true;
                });
                strays += removed ? 1 : 0;
            } catch (RuntimeException e) {
                failed[0]++;
            }
        }
        return new SandboxSweepReport(expired, orphaned, paused, strays, failed[0]);
    }

    /** A record after a call, and whether that call published a state change. */
    public record Change(Sandbox sandbox, boolean announced) {
    }

    // ---- steps (callers hold the owning session's lock) ----------------------------------------------

    private interface RowStep {
        void apply(Sandbox row);
    }

    private interface RowCheck {
        boolean holds(Sandbox row);
    }

    // Re-reads each row under its lock so a sandbox used meanwhile is left alone.
    private int each(List<Sandbox> rows, int[] failed, RowCheck stillDue, RowStep step) {
        int done = 0;
        for (Sandbox listed : rows) {
            try {
                boolean did = locked(listed.sessionId(), () -> {
                    Sandbox row = sandboxes.findById(listed.id()).filter(r -> r.state().isActive()).orElse(null);
                    if (row == null || !stillDue.holds(row)) {
                        return false;
                    }
                    step.apply(row);
                    return true;
                });
                done += did ? 1 : 0;
            } catch (RuntimeException e) {
                failed[0]++;
            }
        }
        return done;
    }

    // Makes sure this process talks to the recorded sandbox; null when there is none (any more).
    private Sandbox attach(SessionId requester, Sandbox row) {
        if (row == null) {
            return null;
        }
        if (row.isExpiredAt(clock.now())) {
            destroyRow(requester, row, "expired", true);
            return null;
        }
        if (row.state() == SandboxState.CREATING) {
            if (row.createdAt().plus(policy.staleCreating()).isAfter(clock.now())) {
                throw new ServiceUnavailableException(BUSY, "the sandbox is still being created; try again shortly");
            }
            sandboxes.update(row.failed());
            return null;
        }
        if (attached.contains(row.id())) {
            return row;
        }
        SandboxInstance found = provider.connect(row.sessionId(), row.providerSandboxId());
        if (found.status() == SandboxStatus.ABSENT) {
            Sandbox lost = row.destroyed();
            sandboxes.update(lost);
            announce(requester, lost, SandboxChangeReasons.LOST);
            return null;
        }
        attached.add(row.id());
        if (found.status() == SandboxStatus.PAUSED && row.state() == SandboxState.RUNNING) {
            Sandbox paused = row.paused();
            sandboxes.update(paused);
            return paused;
        }
        return row;
    }

    private Sandbox create(SessionId owner, SessionId requester, CreditReservation reservation) {
        Sandbox row = Sandbox.creating(SandboxId.random(), owner, provider.kind(), clock.now(), policy.maxLifetime());
        try {
            sandboxes.insert(row);
        } catch (ConflictException e) {
            throw new ServiceUnavailableException(BUSY, "the sandbox is being created elsewhere; try again shortly");
        }
        SandboxInstance created;
        try {
            SessionId source = copySource(owner);
            created = source == null ? provider.ensure(owner, reservation) : provider.createCopy(owner, source, reservation);
        } catch (RuntimeException e) {
            Sandbox failed = row.failed();
            sandboxes.update(failed);
            announce(requester, failed, SandboxChangeReasons.CREATE_FAILED);
            throw e;
        }
        Sandbox running = row.running(created.providerSandboxId(), created.metadata(), clock.now());
        sandboxes.update(running);
        attached.add(running.id());
        announce(requester, running, SandboxChangeReasons.CREATED);
        return running;
    }

    private Sandbox resume(SessionId requester, Sandbox row, String reason) {
        provider.resume(row.sessionId());
        Sandbox running = row.resumed(clock.now());
        sandboxes.update(running);
        announce(requester, running, reason);
        return running;
    }

    private void pauseRow(SessionId requester, Sandbox row, String reason) {
        provider.pause(row.sessionId());
        Sandbox paused = row.paused();
        sandboxes.update(paused);
        announce(requester, paused, reason);
    }

    private void destroyRow(SessionId requester, Sandbox row, String reason, boolean tell) {
        if (row.providerSandboxId() != null) {
            if (!attached.contains(row.id())) {
                provider.connect(row.sessionId(), row.providerSandboxId());
            }
            provider.destroy(row.sessionId());
        }
        attached.remove(row.id());
        Sandbox destroyed = row.destroyed();
        sandboxes.update(destroyed);
        if (tell) {
            announce(requester, destroyed, reason);
        }
    }

    private Sandbox readable(SessionId sessionId) {
        Optional<Change> now = awake(sessionId);
        return now.map(Change::sandbox).filter(row -> row.state() == SandboxState.RUNNING)
                .orElseThrow(() -> new NotFoundException(SandboxErrors.NOT_FOUND, "the session has no sandbox yet"));
    }

    // sandbox_mode=copy: the new sandbox starts from the workspace that serves the parent.
    private SessionId copySource(SessionId owner) {
        ForkInfo fork = sessions.findById(owner).map(s -> s.snapshot().forkInfo()).orElse(null);
        return fork != null && fork.sandboxMode() == SandboxMode.COPY ? owningSession(fork.parentSessionId()) : null;
    }

    private boolean isGone(SessionId sessionId) {
        return sessions.findById(sessionId).map(Session::isDeleted).orElse(true);
    }

    private void announce(SessionId sessionId, Sandbox row, String reason) {
        if (isGone(sessionId)) {
            return;
        }
        SessionNoticeEncoding.Encoded changed = encoding.encode(null, new SessionNotice.SandboxStatusChanged(
                row.state().code(), row.id().toString(), row.provider(), reason, row.vscodeUrl(),
                row.expiresAt().toString()));
        events.publish(new PublishSessionEventsCommand(sessionId, List.of(
                new PublishSessionEventsCommand.Outgoing(changed.name(), null, JsonObject.of(changed.content())))));
    }

    private <T> T locked(SessionId owner, Supplier<T> body) {
        ReentrantLock lock = locks[Math.floorMod(owner.hashCode(), locks.length)];
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }
}
