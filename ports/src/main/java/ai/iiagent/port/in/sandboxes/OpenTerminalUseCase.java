package ai.iiagent.port.in.sandboxes;

import ai.iiagent.domain.sandboxes.Terminal;

/**
 * An interactive terminal (a shell on a pseudo-terminal) into the session's sandbox, for the
 * session's owner only. It never creates a sandbox: without one the answer is {@code sandbox_not_found}.
 * The caller owns the returned terminal and closes it when its client goes away.
 */
public interface OpenTerminalUseCase {

    Terminal open(OpenTerminalCommand command);
}
