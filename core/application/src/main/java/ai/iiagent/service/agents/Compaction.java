package ai.iiagent.service.agents;

import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.LlmMessage;
import java.util.ArrayList;
import java.util.List;

/** When and how a run summarises its history (characters / 4 as the token estimate, like the credit quote). */
final class Compaction {

    static final String INSTRUCTION = "Summarize the conversation so far for your own later use: the user's goals,"
            + " decisions made, facts and results found, and what is still open. Be complete but brief.";
    static final String ASK = "Write the summary now.";
    static final String PREFIX = "Summary of the conversation so far:\n";

    private Compaction() {
    }

    static boolean needed(List<LlmMessage> history, ResolvedModel model, double ratio) {
        long tokens = Math.ceilDiv(history.stream().mapToLong(LlmMessage::characters).sum(), 4);
        return history.size() > 2 && tokens >= ratio * model.contextWindow();
    }

    /** The summarising request: the instruction, the conversation (without its system prompt), the ask. */
    static List<LlmMessage> request(List<LlmMessage> history) {
        List<LlmMessage> request = new ArrayList<>();
        request.add(LlmMessage.system(INSTRUCTION));
        history.stream().filter(message -> !message.role().equals("system")).forEach(request::add);
        request.add(LlmMessage.user(ASK));
        return request;
    }

    static LlmMessage summaryMessage(String summary) {
        return LlmMessage.user(PREFIX + summary);
    }
}
