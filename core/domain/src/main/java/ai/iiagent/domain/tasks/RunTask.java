package ai.iiagent.domain.tasks;

import ai.iiagent.domain.sessions.SessionId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;

/**
 * One run of the agent (or of chat) in a session, with an explicit state machine: every change is
 * a {@link RunTransition} that the repository stores together with the new state.
 */
public record RunTask(RunId id, SessionId sessionId, RunKind kind, RunStatus status, String errorMessage,
                      Instant createdAt, Instant updatedAt, long version) {

    private static final EnumSet<RunStatus> INTERRUPTIBLE = EnumSet.of(RunStatus.PENDING, RunStatus.RUNNING,
            RunStatus.ABORTING);

    public RunTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static RunTask create(SessionId sessionId, RunKind kind, Instant now) {
        return new RunTask(RunId.random(), sessionId, kind, RunStatus.PENDING, null, now, now, 0);
    }

    /** The run in its new state; throws {@link IllegalRunTransitionException} for a move the machine forbids. */
    public RunTask moveTo(RunStatus next, String errorMessage, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalRunTransitionException(id, status, next);
        }
        return new RunTask(id, sessionId, kind, next, next == RunStatus.FAILED ? errorMessage : this.errorMessage,
                createdAt, now, version);
    }

    /**
     * The process that executed the run died: pending, running and aborting runs become failed
     * (outside the normal machine, which only the recovery on start-up may use).
     */
    public RunTask interrupted(Instant now) {
        if (!INTERRUPTIBLE.contains(status)) {
            throw new IllegalRunTransitionException(id, status, RunStatus.FAILED);
        }
        return new RunTask(id, sessionId, kind, RunStatus.FAILED, "interrupted: the server stopped during the run",
                createdAt, now, version);
    }

    public RunTransition transition(String reason) {
        return new RunTransition(id, status, reason, updatedAt);
    }
}
