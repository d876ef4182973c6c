package ai.iiagent.domain.tasks;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;

/** The run is not in a state that allows this move (cancelling a completed run, for instance). */
public final class IllegalRunTransitionException extends ConflictException {

    public IllegalRunTransitionException(RunId run, RunStatus from, RunStatus to) {
        super(ErrorCode.of("illegal_run_transition"),
                "run " + run + " is " + from.code() + " and cannot become " + to.code());
    }
}
