package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.List;
import java.util.UUID;

/** {@code enhance_prompt}: asks the model to rewrite a request into a clearer one (billed, no run). */
final class PromptEnhancer {

    static final String INSTRUCTION = "Rewrite the user's request as a clear, specific prompt for an AI agent: state"
            + " the goal, the constraints and the expected result. Answer with the rewritten prompt only.";

    private PromptEnhancer() {
    }

    static void enhance(BillableExecutor billable, RunEvents events, UserId user, ResolvedModel model, String text) {
        try {
            LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                    List.of(Message.system(INSTRUCTION), Message.user(text)), List.of(), model.maxOutputTokens());
            LlmTurn turn = billable.streamLlm(new LlmCharge(user, events.sessionId().value(), null,
                    "enhance-" + UUID.randomUUID(), model.price(), model.maxOutputTokens(), model.byok()), request, delta -> { });
            events.emit(new RunEvent.PromptGenerated(turn.text().strip(), text));
        } catch (DomainException e) {
            events.emit(new RunEvent.ErrorOccurred(RunEvent.ErrorCategory.ENHANCE_PROMPT, e.code(),
                    e.getMessage(), true));
        }
    }
}
