package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.agents.RewrittenPrompt;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Asks the model to rewrite a request into a clearer one (billed, no run): the socket's
 * {@code enhance_prompt} and {@code POST /v1/enhance-prompt} both come here.
 */
final class PromptEnhancer {

    /** The model puts its reason after this line, so the prompt itself stays clean. */
    static final String REASON_MARK = "Reasoning:";
    static final String INSTRUCTION = "Rewrite the user's request as a clear, specific prompt for an AI agent: state"
            + " the goal, the constraints and the expected result. Answer with the rewritten prompt, then on a last"
            + " line '" + REASON_MARK + "' and one sentence on what you changed and why.";

    private PromptEnhancer() {
    }

    /** The socket command: the result (or the failure) arrives as an event of the session. */
    static void enhance(BillableExecutor billable, RunEvents events, UserId user, ResolvedModel model, String text) {
        try {
            RewrittenPrompt rewritten = rewrite(billable, user, events.sessionId().value(), model, text, null);
            events.emit(new RunEvent.PromptGenerated(rewritten.enhanced(), text));
        } catch (DomainException e) {
            events.emit(new RunEvent.ErrorOccurred(RunEvent.ErrorCategory.ENHANCE_PROMPT, e.code(),
                    e.getMessage(), true));
        }
    }

    /** One billed model call; {@code sessionId} only labels the bill (null outside a session). */
    static RewrittenPrompt rewrite(BillableExecutor billable, UserId user, UUID sessionId, ResolvedModel model,
                                   String text, String context) {
        List<Message> messages = new ArrayList<>(List.of(Message.system(INSTRUCTION)));
        if (context != null) {
            messages.add(Message.user("Context for the request (do not rewrite it):\n" + context));
        }
        messages.add(Message.user(text));
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(), messages, List.of(),
                model.maxOutputTokens());
        LlmTurn turn = billable.streamLlm(new LlmCharge(user, sessionId, null, "enhance-" + UUID.randomUUID(),
                model.price(), model.maxOutputTokens(), model.byok()), request, delta -> { });
        return split(text, turn);
    }

    /** The prompt before the reason line; without one, the model's own reasoning (if it streamed any) is the reason. */
    static RewrittenPrompt split(String original, LlmTurn turn) {
        String answer = turn.text().strip();
        int mark = answer.lastIndexOf(REASON_MARK);
        if (mark > 0) {
            return new RewrittenPrompt(original, answer.substring(0, mark).strip(),
                    answer.substring(mark + REASON_MARK.length()).strip());
        }
        return new RewrittenPrompt(original, answer, turn.reasoning() == null ? "" : turn.reasoning().strip());
    }
}
