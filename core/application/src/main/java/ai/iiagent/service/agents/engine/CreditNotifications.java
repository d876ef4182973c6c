package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.service.metering.SettlementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * After a settlement: {@code billing.credits_deducted} to the session; when the balance fell below
 * the minimum to continue, the run's cancel flag is raised and {@code system.error}
 * {@code insufficient_credits} tells the user why it stops.
 */
public final class CreditNotifications implements SettlementListener {

    static final String RAN_OUT = "Your credits ran out, so the run stops here. Top up to continue.";

    private final PublishSessionEventsUseCase events;
    private final RunCancellationSignal cancellation;
    private final RunEventEncoding encoding;

    public CreditNotifications(PublishSessionEventsUseCase events, RunCancellationSignal cancellation,
                               RunEventEncoding encoding) {
        this.events = events;
        this.cancellation = cancellation;
        this.encoding = encoding;
    }

    @Override
    public void settled(UserId userId, BillingSubject subject, Settlement settlement) {
        if (subject.sessionId() == null || settlement.alreadyEnded()) {
            return;
        }
        List<Outgoing> outgoing = new ArrayList<>();
        // The deduction carries the run's id beside its content, not in it: encoded run-less.
        outgoing.add(outgoing(null, subject.runId(), new RunEvent.CreditsDeducted(settlement.charged(),
                settlement.remaining(), subject.modelId(), subject.toolName(), settlement.status())));
        if (CreditGate.STANDARD.ranOut(settlement.remaining()) && subject.runId() != null) {
            RunId run = new RunId(subject.runId());
            cancellation.raise(run);
            outgoing.add(outgoing(run, subject.runId(), new RunEvent.ErrorOccurred(
                    RunEvent.ErrorCategory.INSUFFICIENT_CREDITS, AgentErrors.INSUFFICIENT_CREDITS, RAN_OUT, false)));
        }
        events.publish(new PublishSessionEventsCommand(new SessionId(subject.sessionId()), outgoing));
    }

    private Outgoing outgoing(RunId encodedWith, UUID runId, RunEvent event) {
        RunEventEncoding.Encoded encoded = encoding.encode(encodedWith, event);
        return new Outgoing(encoded.name(), runId, JsonObject.of(encoded.content()));
    }
}
