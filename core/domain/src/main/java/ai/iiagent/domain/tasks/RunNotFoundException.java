package ai.iiagent.domain.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** The session has no run in a state the request needs (e.g. nothing running to cancel). */
public final class RunNotFoundException extends NotFoundException {

    public RunNotFoundException(SessionId sessionId, String what) {
        super(ErrorCode.of("run_not_found"), "session " + sessionId + " has no " + what);
    }
}
