package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DanglingCallsTest {

    private static final ToolCall A = new ToolCall("a", "Bash", Map.of());
    private static final ToolCall B = new ToolCall("b", "Read", Map.of());

    @Test
    void givenCallsWithoutResults_thenEachGetsAnErrorResultRightAfterItsAssistantMessage_andAnsweredOnesAreKept() {
        List<Message> history = List.of(Message.user("go"), Message.assistant("", null, List.of(A, B)),
                Message.toolResult("a", "Bash", "ok", false), Message.user("again"),
                Message.assistant("", null, List.of(A)));

        List<Message> repaired = DanglingCalls.answered(history);

        assertThat(repaired).extracting(message -> message.role().code())
                .containsExactly("user", "assistant", "tool", "tool", "user", "assistant", "tool");
        assertThat(repaired.get(3).toolCallId()).isEqualTo("b");
        assertThat(repaired.get(3).toolError()).isTrue();
        assertThat(repaired.get(3).text()).isEqualTo(DanglingCalls.INTERRUPTED);
        assertThat(repaired.get(6).toolCallId()).isEqualTo("a");
    }

    @Test
    void givenAValidHistory_thenUnchanged_andARunWithNothingPendingNeedsNoResults() {
        List<Message> history = List.of(Message.user("go"), Message.assistant("", null, List.of(A)),
                Message.toolResult("a", "Bash", "ok", false), Message.assistant("done", null, List.of()));

        assertThat(DanglingCalls.answered(history)).isEqualTo(history);
        assertThat(DanglingCalls.resultsFor(history)).isEmpty();
        assertThat(DanglingCalls.resultsFor(history.subList(0, 2))).singleElement()
                .satisfies(result -> assertThat(result.toolCallId()).isEqualTo("a"));
    }
}
