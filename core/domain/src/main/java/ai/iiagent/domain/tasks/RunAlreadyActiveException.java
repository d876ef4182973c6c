package ai.iiagent.domain.tasks;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;

/** The session already has a pending, running, paused or aborting run. */
public final class RunAlreadyActiveException extends ConflictException {

    public RunAlreadyActiveException() {
        super(ErrorCode.of("run_already_active"), "this session already has an active run; wait or cancel it");
    }
}
