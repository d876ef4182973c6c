package ai.iiagent.service.agents.engine;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SystemErrorContent;
import ai.iiagent.domain.shared.JsonObject;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand;
import ai.iiagent.port.in.sessions.PublishSessionEventsCommand.Outgoing;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.service.metering.SettlementListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a settlement: {@code billing.credits.deducted} to the session; when the balance fell below
 * the minimum to continue, the run's cancel flag is raised and {@code system.error}
 * {@code insufficient_credits} tells the user why it stops.
 */
public final class CreditNotifications implements SettlementListener {

    private final PublishSessionEventsUseCase events;
    private final RunCancellationSignal cancellation;

    public CreditNotifications(PublishSessionEventsUseCase events, RunCancellationSignal cancellation) {
        this.events = events;
        this.cancellation = cancellation;
    }

    @Override
    public void settled(UserId userId, BillingSubject subject, Settlement settlement) {
        if (subject.sessionId() == null || settlement.alreadyEnded()) {
            return;
        }
        List<Outgoing> outgoing = new ArrayList<>();
        Map<String, Object> deducted = new LinkedHashMap<>();
        deducted.put("credits_used", settlement.charged().value());
        deducted.put("credits_remaining", settlement.remaining().value());
        deducted.put("source", subject.toolName() != null ? "tool" : "llm");
        deducted.put("model_id", subject.modelId());
        deducted.put("tool_name", subject.toolName());
        deducted.put("status", settlement.status().code());
        outgoing.add(new Outgoing(EventName.BILLING_CREDITS_DEDUCTED, subject.runId(), JsonObject.of(deducted)));
        if (CreditGate.STANDARD.ranOut(settlement.remaining()) && subject.runId() != null) {
            cancellation.raise(new RunId(subject.runId()));
            Map<String, Object> error = SystemErrorContent.ofRun(subject.runId(), "insufficient_credits",
                    "insufficient_credits", "Your credits ran out, so the run stops here. Top up to continue.", false);
            outgoing.add(new Outgoing(EventName.SYSTEM_ERROR, subject.runId(), JsonObject.of(error)));
        }
        events.publish(new PublishSessionEventsCommand(new SessionId(subject.sessionId()), outgoing));
    }
}
