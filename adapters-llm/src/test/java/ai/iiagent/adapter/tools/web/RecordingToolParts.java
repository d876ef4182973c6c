package ai.iiagent.adapter.tools.web;

import ai.iiagent.adapter.llm.offline.OfflineScriptedLlm;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolParts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tool parts as metering runs them, recorded: each paid part gets a real reservation of its price
 * (held, then settled or released), each completion goes to the real offline model. The billing
 * itself (BillableExecutor) is proven in core's MeteredToolPartsTest; here the tools' use of it.
 */
final class RecordingToolParts implements ToolParts {

    record Part(String tool, String key, Credits held, String outcome) {
    }

    final List<Part> parts = Collections.synchronizedList(new ArrayList<>());
    final List<LlmRequest> completions = Collections.synchronizedList(new ArrayList<>());
    private final OfflineScriptedLlm offline = new OfflineScriptedLlm(Duration.ZERO);
    private volatile RuntimeException completionFailure;

    void failCompletionsWith(RuntimeException failure) {
        completionFailure = failure;
    }

    @Override
    public <T> T paid(ToolInvocation call, String toolName, String part, Credits maxCost, PaidPart<T> work) {
        CreditReservation reservation = new CreditAccount(UserId.random(), Credits.of(100), Credits.ZERO, false, 0)
                .reserve(maxCost, 0, BillingSubject.NONE, call.callId() + "/" + part, Instant.now()).reservation();
        try {
            T result = work.run(reservation);
            parts.add(new Part(toolName, call.callId() + "/" + part, reservation.held(), "settled " + work.cost(result)));
            return result;
        } catch (RuntimeException e) {
            parts.add(new Part(toolName, call.callId() + "/" + part, reservation.held(), "released"));
            throw e;
        }
    }

    @Override
    public String complete(ToolInvocation call, String part, String instructions, String input) {
        LlmRequest request = new LlmRequest(OfflineScriptedLlm.PROVIDER, OfflineScriptedLlm.MODEL_ID,
                List.of(Message.system(instructions), Message.user(input)), 2000);
        completions.add(request);
        if (completionFailure != null) {
            throw completionFailure;
        }
        return offline.stream(request, null, text -> { }).text().strip();
    }

    List<Part> partsOf(String tool) {
        synchronized (parts) {
            return parts.stream().filter(part -> part.tool().equals(tool))
                    .sorted(java.util.Comparator.comparing(Part::key)).toList();
        }
    }
}
