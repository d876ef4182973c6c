package ai.iiagent.port.out.tools;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import java.io.InputStream;

/**
 * Puts a file the user attached to a query into the session's workspace, under
 * {@value #DIRECTORY}, so the agent's tools ({@code Read}, {@code Bash}, ...) can open it. The
 * sandbox is started if it is not running yet. Paid like a tool call: the reservation the runtime
 * took for it goes to the sandbox (a zero hold; the sandbox's own time is billed by its lifecycle).
 */
public interface WorkspaceUploadPort {

    /** Where attachments land, as the model sees the path. */
    String DIRECTORY = "/workspace/uploads";

    /**
     * Streams {@code content} into {@code DIRECTORY/fileName} (created or replaced). The caller owns and
     * closes the stream.
     *
     * @param fileName a plain file name without directories (the caller makes it safe and unique)
     * @return the absolute path of the file in the workspace, e.g. {@code /workspace/uploads/report.pdf}
     */
    String upload(SessionId sessionId, String fileName, InputStream content, CreditReservation reservation);
}
