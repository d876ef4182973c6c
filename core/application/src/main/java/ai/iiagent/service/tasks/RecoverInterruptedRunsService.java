package ai.iiagent.service.tasks;

import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsCommand;
import ai.iiagent.port.in.tasks.RecoverInterruptedRunsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import ai.iiagent.port.out.tasks.InterruptedRunFollowUp;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fails the runs no living node drives (their lease lapsed, or they never had one) one by one (state, audit line and events together: {@code agent.response.interrupted}
 * then {@code agent.stream.complete}, so clients stop waiting), skipping any that moved meanwhile;
 * then lets the other features tidy what each left ({@link InterruptedRunFollowUp}).
 */
public final class RecoverInterruptedRunsService implements RecoverInterruptedRunsUseCase {

    private static final Logger LOG = Logger.getLogger(RecoverInterruptedRunsService.class.getName());

    static final String MESSAGE = "The server running this run stopped while it was in progress; it was stopped.";

    private final RunTaskRepository runs;
    private final PublishSessionEventsUseCase events;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final InterruptedRunFollowUp followUp;
    private final SessionNoticeEncoding encoding;

    public RecoverInterruptedRunsService(RunTaskRepository runs, PublishSessionEventsUseCase events,
                                         UnitOfWork unitOfWork, ClockPort clock, InterruptedRunFollowUp followUp,
                                         SessionNoticeEncoding encoding) {
        this.runs = runs;
        this.encoding = encoding;
        this.followUp = followUp;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int recover(RecoverInterruptedRunsCommand command) {
        Instant now = clock.now();
        int recovered = 0;
        for (RunTask orphan : runs.findActiveWithLapsedLease(now)) {
            if (orphan.status() == RunStatus.PAUSED) {
                continue; // a paused run waits for the user, not for a process: nothing was interrupted
            }
            try {
                unitOfWork.run(() -> fail(orphan, now, command.trigger()));
                recovered++;
            } catch (DomainException movedMeanwhile) {
                continue; // another node finished or recovered it first: nothing left to do for this run
            }
            followUp(orphan);
        }
        return recovered;
    }

    private void fail(RunTask orphan, Instant now, String trigger) {
        RunTask failed = orphan.interrupted(now);
        runs.update(failed, failed.transition("recovered by " + trigger + ": the lease of its node lapsed"));
        // Published, not only stored: sockets on the live nodes are told at once (after the commit).
        events.publish(new PublishSessionEventsCommand(orphan.sessionId(), List.of(
                outgoing(orphan, new SessionNotice.RunInterrupted(MESSAGE)),
                outgoing(orphan, new SessionNotice.RunStreamCompleted()))));
    }

    private Outgoing outgoing(RunTask orphan, SessionNotice event) {
        SessionNoticeEncoding.Encoded encoded = encoding.encode(orphan.id().value(), event);
        return new Outgoing(encoded.name(), orphan.id().value(), JsonObject.of(encoded.content()));
    }

    /** The run is failed already; what is left over must not stop the recovery of the others. */
    private void followUp(RunTask orphan) {
        try {
            followUp.interrupted(orphan);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + orphan.id() + " recovered, but tidying after it failed", e);
        }
    }
}
