package ai.iiagent.service.agents;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolParts;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import ai.iiagent.service.metering.PaidToolCall;
import ai.iiagent.service.metering.ToolCharge;
import java.util.List;

/**
 * Tools' billed parts through {@link BillableExecutor}: a paid part is a tool charge of its own
 * (named {@code <tool call>/<part>}), a completion is an LLM turn on the extraction model at that
 * model's price (zero for the user's own key), so a batch of five queries holds five times and an
 * extraction shows in the ledger as the LLM call it is.
 */
public final class MeteredToolParts implements ToolParts {

    private final BillableExecutor billable;
    private final ModelCatalogPort models;
    private final String extractionModelId;
    private final int maxOutputTokens;

    /**
     * @param extractionModelId the model {@link #complete} uses (a cheap one; the offline model by default)
     * @param maxOutputTokens   the most one completion may write
     */
    public MeteredToolParts(BillableExecutor billable, ModelCatalogPort models, String extractionModelId,
                            int maxOutputTokens) {
        this.billable = billable;
        this.models = models;
        this.extractionModelId = extractionModelId;
        this.maxOutputTokens = maxOutputTokens;
    }

    @Override
    public <T> T paid(ToolInvocation call, String toolName, String part, Credits maxCost, PaidPart<T> work) {
        ToolCharge charge = new ToolCharge(call.userId(), call.sessionId().value(), call.runId().value(),
                toolName, call.callId() + "/" + part, maxCost);
        return billable.runPaidTool(charge, new PaidToolCall<T>() {
            @Override
            public T call(CreditReservation reservation) {
                return work.run(reservation);
            }

            @Override
            public Credits cost(T result) {
                return work.cost(result);
            }
        });
    }

    @Override
    public String complete(ToolInvocation call, String part, String instructions, String input) {
        ResolvedModel model = models.resolve(call.userId(), extractionModelId);
        LlmCharge charge = new LlmCharge(call.userId(), call.sessionId().value(), call.runId().value(),
                call.callId() + "/" + part, model.price(), Math.min(maxOutputTokens, model.maxOutputTokens()), model.byok());
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                List.of(Message.system(instructions), Message.user(input)), List.of(),
                Math.min(maxOutputTokens, model.maxOutputTokens()));
        LlmTurn turn = billable.streamLlm(charge, request, text -> { });
        return turn.text() == null ? "" : turn.text().strip();
    }

}
