package ai.iiagent.adapter.tools.sandbox;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.out.sandbox.SandboxWorkspacePort;
import ai.iiagent.port.out.tools.WorkspaceUploadPort;
import java.io.InputStream;

/** Attachments into {@code /workspace/uploads} through the (lifecycle-managed) sandbox workspace port's streaming upload. */
public final class SandboxWorkspaceUploads implements WorkspaceUploadPort {

    private static final String RELATIVE_DIRECTORY = DIRECTORY.substring(WorkspaceFiles.ROOT.length() + 1);

    private final SandboxWorkspacePort sandbox;

    public SandboxWorkspaceUploads(SandboxWorkspacePort sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String upload(SessionId sessionId, String fileName, InputStream content, CreditReservation reservation) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.equals("..") || fileName.equals(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        sandbox.upload(sessionId, RELATIVE_DIRECTORY + "/" + fileName, content, reservation);
        return DIRECTORY + "/" + fileName;
    }
}
