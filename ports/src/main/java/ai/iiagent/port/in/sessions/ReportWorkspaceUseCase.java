package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Emits {@code connection.workspace_info} (workspace path, sandbox id and status) to the session.
 * Until sessions have sandboxes the sandbox is reported as {@code not_created}.
 *
 * @throws SessionNotFoundException unless the caller owns the session
 */
public interface ReportWorkspaceUseCase {

    void report(ReportWorkspaceCommand command);
}
