package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * The control capability of a sandbox provider: create, attach, pause, resume, destroy and read
 * the state of a session's sandbox (the lifecycle in {@link SandboxPort}'s Javadoc). Only the core's
 * sandbox lifecycle calls it. Billable like every sandbox port: creating takes the
 * {@link CreditReservation} that pays for it; moving an existing sandbox between states and reading
 * its state are {@link NotBillable}.
 */
public interface SandboxControlPort {


    /** The kind of sandbox this adapter provides, as stored in the {@code sandboxes} table: {@code local}, {@code docker}, {@code e2b}. */
    @NotBillable("a constant of the adapter")
    String kind();

    /**
     * Creates the session's sandbox with an empty workspace, or returns the one this process already
     * holds for the session (resuming it if paused); idempotent. The result is RUNNING.
     */
    SandboxInstance ensure(SessionId sessionId, CreditReservation reservation);

    /**
     * Creates the session's sandbox with a workspace that starts as a copy of {@code sourceSessionId}'s
     * current workspace (a fork with {@code sandbox_mode=copy}); the source is not changed. When the
     * session already has a sandbox it is returned unchanged, as by {@link #ensure}; when the source has
     * none, the new workspace is empty. Both sessions must be on this provider.
     */
    SandboxInstance createCopy(SessionId sessionId, SessionId sourceSessionId, CreditReservation reservation);

    /**
     * Attaches this process to a sandbox created earlier, possibly by an earlier process, by the
     * provider id stored for it, without changing its state. Answers the sandbox as it is now:
     * RUNNING or PAUSED, or ABSENT when the provider no longer has it (expired or deleted there).
     */
    @NotBillable("attaching allocates nothing: the sandbox was paid for when it was created")
    SandboxInstance connect(SessionId sessionId, String providerSandboxId);

    /**
     * Stops the sandbox from running while keeping its workspace; a no-op when it is already paused
     * or absent. Answers the state afterwards.
     */
    @NotBillable("pausing only saves resources, and idle pausing must work when the user has no credits left")
    SandboxStatus pause(SessionId sessionId);

    /** Makes a paused sandbox run again; a no-op when it runs or is absent. Answers the state afterwards. */
    @NotBillable("resuming allocates nothing new: the sandbox and its workspace were paid for when created")
    SandboxStatus resume(SessionId sessionId);

    /** Stops whatever runs and deletes the sandbox and its workspace; a no-op when there is none. */
    @NotBillable("releasing a sandbox uses nothing, and cleanup must work when the user has no credits left")
    void destroy(SessionId sessionId);

    /** The sandbox's state at the provider. */
    @NotBillable("a status read touches no sandbox resources")
    SandboxStatus status(SessionId sessionId);

    /**
     * Every session this provider holds a sandbox for that this application created (running or
     * paused, attached to this process or not), for the orphan sweeper to compare with the
     * {@code sandboxes} table. An adapter tags what it creates (labels, metadata) so it can tell
     * its own sandboxes from anything else the provider account holds.
     */
    @NotBillable("a listing read touches no sandbox resources, and sweeping must work without credits")
    List<SessionId> list();
}
