package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * An isolated machine for one session's untrusted work, from one provider (the local bubblewrap
 * sandbox, a Docker container, an E2B sandbox): a workspace that survives between calls,
 * commands run in it with a wall-clock timeout and an output limit, and file access that never
 * leaves it. Every call is addressed by the session the sandbox belongs to.
 *
 * <h2>Billing</h2>
 * Billable: every call that allocates or uses sandbox resources takes the {@link CreditReservation}
 * that pays for it, so only code holding a reservation from {@code BillableExecutor} can make it.
 * Control calls that only move an existing sandbox between states or read its state
 * ({@link #connect}, {@link #pause}, {@link #resume}, {@link #destroy}, {@link #status}) and the
 * owner's bounded browsing reads ({@link #listTree}, {@link #readHead}) are {@link NotBillable}.
 *
 * <h2>Lifecycle</h2>
 * States as the provider sees them: {@link SandboxStatus#ABSENT} → {@link #ensure} →
 * {@link SandboxStatus#RUNNING} ⇄ ({@link #pause} / {@link #resume}) {@link SandboxStatus#PAUSED};
 * {@link #destroy} → ABSENT from either. The core's sandbox lifecycle keeps the durable record
 * (the {@code sandboxes} table: provider id, status, expiry) and decides when to create, pause,
 * resume, expire and destroy; an adapter keeps no durable state of its own. An adapter may hold
 * in memory which provider sandbox belongs to which session; after a restart the lifecycle calls
 * {@link #connect} with the stored provider id before anything else, so {@link #pause},
 * {@link #resume}, {@link #destroy}, {@link #status} and the work calls only ever address a
 * sandbox this process created or connected to. A work call ({@link #run}, file calls,
 * {@link #exposePort}) on a sandbox that is PAUSED resumes it first; on one that is ABSENT,
 * {@link #run} and the write calls create it as {@link #ensure} would and the read calls answer
 * {@code sandbox_file_not_found} (the lifecycle never relies on either: it ensures first).
 *
 * <h2>Paths and errors</h2>
 * Paths given to the file methods are relative to the workspace root ({@code "src/a.txt"},
 * {@code ""} for the root); absolute paths, {@code ..} segments that climb out, and symbolic links
 * that resolve outside the workspace are refused with {@code ValidationException}
 * {@link SandboxErrors#PATH_OUTSIDE_WORKSPACE}. An implementation whose runtime is missing or
 * unreachable throws {@code ServiceUnavailableException} {@link SandboxErrors#UNAVAILABLE}; it
 * never falls back to running commands unsandboxed, nor to another kind. A provider that refuses
 * or fails a call throws {@code UpstreamFailureException} {@link SandboxErrors#PROVIDER_FAILED};
 * something the kind cannot do at all is {@code ConflictException}
 * {@link SandboxErrors#OPERATION_UNSUPPORTED}.
 *
 * <p>Not part of this contract yet: persistent named shell sessions and interactive terminals.
 */
public interface SandboxPort {

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

    /**
     * Runs one shell command in the session's workspace (cwd the workspace root) and waits for it,
     * killing everything it started when the timeout passes. Nothing a command starts outlives it.
     */
    CommandResult run(SessionId sessionId, CommandRequest request, CreditReservation reservation);

    /**
     * The bytes of one regular file in the workspace.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_file_not_found} when there is no such file
     */
    byte[] readFile(SessionId sessionId, String path, CreditReservation reservation);

    /** Creates or replaces a file in the workspace, creating missing parent directories. */
    void writeFile(SessionId sessionId, String path, byte[] content, CreditReservation reservation);

    /**
     * The direct children of a workspace directory ({@code ""} for the root), sorted by path.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_file_not_found} when there is no such directory
     */
    List<SandboxFileEntry> listFiles(SessionId sessionId, String directory, CreditReservation reservation);

    /**
     * Streams {@code content} into a workspace file (created or replaced, parents created), for files too
     * large to hold in memory. The stream is read to its end but not closed.
     *
     * @return the number of bytes written
     */
    long upload(SessionId sessionId, String path, InputStream content, CreditReservation reservation);

    /**
     * A stream of one regular workspace file's bytes; the caller closes it.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_file_not_found} when there is no such file
     */
    InputStream download(SessionId sessionId, String path, CreditReservation reservation);

    /**
     * A URL at which a server listening on {@code port} inside the sandbox can be reached from outside
     * (for previews). The local sandbox has no network, so it answers {@code ConflictException}
     * {@link SandboxErrors#OPERATION_UNSUPPORTED}.
     *
     * @param port a TCP port, 1 to 65535
     */
    URI exposePort(SessionId sessionId, int port, CreditReservation reservation);

    /**
     * A walk of a workspace directory ({@code ""} for the root) for the user's file explorer: at most
     * {@code maxDepth} levels below it (1 = its children only) and at most {@code maxEntries} entries;
     * links are listed, never followed. Never creates a sandbox: for an absent one it answers
     * {@code NotFoundException} {@link SandboxErrors#NOT_FOUND}; a paused one may be resumed to read it
     * (the local sandbox reads its directory as it is).
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_file_not_found} when there is no such directory
     */
    @NotBillable("the owner browsing their workspace: a bounded metadata read that allocates nothing")
    SandboxFileTree listTree(SessionId sessionId, String directory, int maxDepth, int maxEntries);

    /**
     * The first {@code maxBytes} bytes of a regular workspace file and its size, for showing it to the
     * user. Never creates a sandbox (absent: {@link SandboxErrors#NOT_FOUND}); a paused one may be resumed.
     *
     * @throws ai.iiagent.domain.shared.NotFoundException {@code sandbox_file_not_found} when there is no such file
     */
    @NotBillable("the owner viewing a file: a size-limited read that allocates nothing")
    SandboxFileContent readHead(SessionId sessionId, String path, int maxBytes);
}
