package ai.iiagent.port.in.sandboxes;

/**
 * {@code sandbox_status}: the state of the session's sandbox as recorded (never creates, connects
 * or resumes one). Only the owner; anyone else gets {@code session_not_found}.
 */
public interface GetSandboxStatusUseCase {

    SandboxStatusView status(GetSandboxStatusQuery query);
}
