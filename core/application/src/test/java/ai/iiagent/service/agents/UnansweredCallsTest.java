package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnansweredCallsTest {

    @Test
    void givenHistory_thenOnlyTheLastAssistantsUnansweredCallsWait() {
        List<Message> history = List.of(Message.user("hi"),
                Message.assistant("", null, List.of(call("1", "sleep"), call("2", "ask"))),
                Message.toolResult("1", "sleep", "slept", false));

        assertThat(RunResumer.unanswered(history)).extracting(ToolCall::id).containsExactly("2");
        assertThat(RunResumer.unanswered(List.of(Message.user("hi")))).isEmpty();
    }

    private static ToolCall call(String id, String name) {
        return new ToolCall(id, name, Map.of());
    }
}
