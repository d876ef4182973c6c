package ai.iiagent.port.out.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.NotBillable;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * The workspace capability of a sandbox: commands and files in a session's workspace, what the
 * agent's and chat's tools and the owner's file browsing use (paths, errors and the behaviour on a
 * paused or absent sandbox in {@link SandboxPort}'s Javadoc). Billable: every call that uses sandbox
 * resources takes the {@link CreditReservation} that pays for it; the owner's bounded browsing reads
 * are {@link NotBillable}.
 */
public interface SandboxWorkspacePort {
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
