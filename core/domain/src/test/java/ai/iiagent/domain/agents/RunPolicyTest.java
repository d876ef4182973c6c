package ai.iiagent.domain.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunPolicyTest {

    private static final RunPolicy AGENT = RunPolicy.agentRun(200, 3, 0.5, 1000);

    @Test
    void givenTheSameCallsRepeated_thenTheLoopDetectorTripsAtItsThreshold_andChatDetectsNone() {
        LoopDetector detector = AGENT.loopDetector();
        List<ToolCall> same = List.of(call("a"));

        assertThat(detector.repeatedTooOften(same)).isFalse();
        assertThat(detector.repeatedTooOften(List.of(new ToolCall("b", "sleep", Map.of("x", 1))))).isFalse();
        assertThat(detector.repeatedTooOften(same)).isFalse();
        assertThat(detector.repeatedTooOften(List.of(call("c")))).isFalse(); // ids differ, calls do not
        assertThat(detector.repeatedTooOften(List.of(call("d")))).isTrue();
        LoopDetector chat = RunPolicy.CHAT.loopDetector();
        for (int i = 0; i < 10; i++) {
            assertThat(chat.repeatedTooOften(same)).isFalse();
        }
    }

    @Test
    void givenTheTurnLimit_thenAChatAnswersItsLastTurnInText_andAnAgentIsOfferedToolsUntilItStops() {
        assertThat(RunPolicy.CHAT.offersTools(7)).isTrue();
        assertThat(RunPolicy.CHAT.offersTools(8)).isFalse();
        assertThat(RunPolicy.CHAT.turnsUsedUp(7)).isFalse();
        assertThat(RunPolicy.CHAT.turnsUsedUp(8)).isTrue();
        assertThat(AGENT.offersTools(200)).isTrue();
        assertThat(AGENT.turnsUsedUp(200)).isTrue();
    }

    @Test
    void givenAHistoryFillingTheShareOfTheWindow_thenItIsCompacted_butNeverInChatOrWhenShort() {
        List<Message> long_ = List.of(Message.system("s"), Message.user("x".repeat(2_000)), Message.user("y"));

        assertThat(AGENT.needsCompaction(long_, 1_000)).isTrue(); // ~503 tokens >= 0.5 * 1000
        assertThat(AGENT.needsCompaction(long_, 1_100)).isFalse();
        assertThat(AGENT.needsCompaction(long_.subList(0, 2), 10)).isFalse();
        assertThat(RunPolicy.CHAT.needsCompaction(long_, 10)).isFalse();
    }

    @Test
    void givenNonsense_thenThePolicyIsRefused() {
        assertThatThrownBy(() -> RunPolicy.agentRun(0, 3, 0.5, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunPolicy.agentRun(10, 1, 0.5, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunPolicy.agentRun(10, 3, 1.5, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ToolCall call(String id) {
        return new ToolCall(id, "sleep", Map.of());
    }
}
