package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.util.List;

/**
 * An isolated machine for one session's untrusted work: a workspace directory that survives between
 * calls, commands run in it with a wall-clock timeout and an output limit, and file access that
 * never leaves it. Billable: every call that uses sandbox resources takes the
 * {@link CreditReservation} that pays for it, so only metering's {@code BillableExecutor} can call.
 *
 * <p>Paths given to the file methods are relative to the workspace root ({@code "src/a.txt"});
 * absolute paths, {@code ..} segments that climb out, and symbolic links that resolve outside the
 * workspace are refused with {@code sandbox_path_outside_workspace}. An implementation that cannot
 * run (its runtime is not installed) throws {@code ServiceUnavailableException} with code
 * {@code sandbox_unavailable}; it never falls back to running commands unsandboxed.
 *
 * <p>Not part of this contract yet (they come with later work on issue 9): persistent named shell
 * sessions, upload/download of large files, exposed ports, pause/resume and expiry.
 */
public interface SandboxPort {

    /** Creates the session's sandbox and workspace if they do not exist yet; idempotent. */
    SandboxStatus ensure(SessionId sessionId, CreditReservation reservation);

    /**
     * Runs one shell command in the session's workspace (creating the sandbox first if needed) and
     * waits for it, killing everything it started when the timeout passes.
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

    /** Stops whatever runs and deletes the workspace; a no-op when there is no sandbox. */
    @NotBillable("releasing a sandbox uses nothing, and cleanup must work when the user has no credits left")
    void destroy(SessionId sessionId);

    /** Whether the session has a sandbox. */
    @NotBillable("a status read touches no sandbox resources")
    SandboxStatus status(SessionId sessionId);
}
