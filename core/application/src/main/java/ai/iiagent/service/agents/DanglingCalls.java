package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tool calls without a result. Providers such as OpenAI refuse a conversation in which an
 * assistant's tool call is not followed by its result, so a history that has one (a process died
 * mid-call before recovery answered it) is repaired when loaded for a new run.
 */
final class DanglingCalls {

    static final String INTERRUPTED = "The run was interrupted before this tool finished.";

    private DanglingCalls() {
    }

    /** The history with an error result after each call that none answered, right after its assistant message's results. */
    static List<Message> answered(List<Message> history) {
        List<Message> repaired = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            Message message = history.get(i);
            repaired.add(message);
            if (!message.is(Role.ASSISTANT) || message.toolCalls().isEmpty()) {
                continue;
            }
            Set<String> answered = new HashSet<>();
            while (i + 1 < history.size() && history.get(i + 1).is(Role.TOOL)) {
                Message result = history.get(++i);
                answered.add(result.toolCallId());
                repaired.add(result);
            }
            message.toolCalls().stream().filter(call -> !answered.contains(call.id()))
                    .forEach(call -> repaired.add(interrupted(call)));
        }
        return repaired;
    }

    /** Error results for the calls of the last assistant message that no tool message answered. */
    static List<Message> resultsFor(List<Message> runMessages) {
        return RunResumer.unanswered(runMessages).stream().map(DanglingCalls::interrupted).toList();
    }

    private static Message interrupted(ToolCall call) {
        return Message.toolResult(call.id(), call.name(), INTERRUPTED, true);
    }
}
