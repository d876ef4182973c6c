package ai.iiagent.port.in.sandboxes;

/**
 * {@code awake_sandbox}: reattaches to the session's sandbox and resumes it when paused (publishing
 * {@code sandbox.status_changed}); never creates one ({@code not_created} then). Only the owner;
 * anyone else gets {@code session_not_found}.
 */
public interface AwakeSandboxUseCase {

    SandboxStatusView awake(AwakeSandboxCommand command);
}
