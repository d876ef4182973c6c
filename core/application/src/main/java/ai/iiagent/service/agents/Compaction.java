package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import java.util.ArrayList;
import java.util.List;

/** How a run summarises its history (when: {@code RunPolicy.needsCompaction}); chat summaries use it too. */
public final class Compaction {

    static final String INSTRUCTION = "Summarize the conversation so far for your own later use: the user's goals,"
            + " decisions made, facts and results found, and what is still open. Be complete but brief.";
    static final String ASK = "Write the summary now.";
    static final String PREFIX = "Summary of the conversation so far:\n";

    private Compaction() {
    }

    /** The summarising request: the instruction, the conversation (without its system prompt), the ask. */
    public static List<Message> request(List<Message> history) {
        List<Message> request = new ArrayList<>();
        request.add(Message.system(INSTRUCTION));
        history.stream().filter(message -> !message.is(Role.SYSTEM)).forEach(request::add);
        request.add(Message.user(ASK));
        return request;
    }

    public static Message summaryMessage(String summary) {
        return Message.user(PREFIX + summary);
    }
}
