package ai.iiagent.adapter.llm.offline;

import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.agents.ToolCall;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The offline demo model: a deterministic, scripted stand-in for a real LLM, so the whole product
 * (streaming, tools, human-in-the-loop, cancel, billing) works without a network. It streams word
 * by word, honours the cancel check between words, and reports usage as characters / 4. It is
 * labelled as such wherever models are listed and is billed like any other model.
 */
public final class OfflineScriptedLlm implements LlmPort {

    public static final String PROVIDER = "offline";
    public static final String MODEL_ID = "offline-demo";

    private final Duration wordDelay;

    public OfflineScriptedLlm(Duration wordDelay) {
        this.wordDelay = wordDelay;
    }

    @Override
    public LlmTurn stream(LlmRequest request, CreditReservation reservation, LlmStreamListener listener) {
        if (request.lastUserText().strip().toLowerCase(Locale.ROOT).startsWith("fail:")
                && !answeringToolResults(request.messages())) {
            // Scripted failure, as a provider error would surface (a sub-agent's failure in tests and demos).
            throw new LlmCallFailedException("the offline model was asked to fail: "
                    + request.lastUserText().strip().substring("fail:".length()).strip(), TokenUsage.NONE);
        }
        OfflineScript.Reply reply = OfflineScript.replyTo(request);
        listener.onReasoningDelta(reply.reasoning());
        StringBuilder said = new StringBuilder();
        boolean slow = reply.slow();
        int budget = request.maxOutputTokens() == 0 ? Integer.MAX_VALUE : request.maxOutputTokens() * 4;
        for (String word : reply.text().split("(?<= )")) {
            if (listener.stopRequested()) {
                return turn(request, said.toString(), reply.reasoning(), List.of(), "cancelled");
            }
            if (said.length() + word.length() > budget) {
                return turn(request, said.toString(), reply.reasoning(), List.of(), "length");
            }
            said.append(word);
            listener.onTextDelta(word);
            pause(slow ? wordDelay.multipliedBy(8) : wordDelay);
        }
        return turn(request, said.toString(), reply.reasoning(), reply.calls(), reply.calls().isEmpty() ? "stop" : "tool_calls");
    }

    private static LlmTurn turn(LlmRequest request, String text, String reasoning, List<ToolCall> calls, String finish) {
        long output = Math.ceilDiv(text.length() + calls.stream().mapToLong(c -> c.arguments().toString().length()).sum(), 4);
        TokenUsage usage = new TokenUsage(Math.ceilDiv(request.characters(), 4), output, 0, 0,
                Math.ceilDiv(reasoning.length(), 4));
        return new LlmTurn(text.strip(), reasoning, calls, finish, usage);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the conversation ends with tool results the model has not answered yet. */
    static boolean answeringToolResults(List<Message> messages) {
        return !messages.isEmpty() && messages.get(messages.size() - 1).is(Role.TOOL);
    }
}
