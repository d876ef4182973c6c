package ai.iiagent.domain.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void givenEveryRoleCode_whenReadBack_thenTheSameRole_andAnUnknownCodeIsRefused() {
        for (Role role : Role.values()) {
            assertThat(Role.fromCode(role.code())).isSameAs(role);
        }
        assertThat(Role.TOOL.code()).isEqualTo("tool");
        assertThatThrownBy(() -> Role.fromCode("developer")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAToolResult_whenMadeAMessage_thenItIsAToolMessageThatGivesTheResultBack() {
        ToolResult result = new ToolResult("call-1", "Bash", "exit 0", false);

        Message message = Message.of(result);

        assertThat(message.is(Role.TOOL)).isTrue();
        assertThat(message.toolCallId()).isEqualTo("call-1");
        assertThat(message.asToolResult()).isEqualTo(result);
        assertThatThrownBy(() -> Message.user("hi").asToolResult()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenAnAssistantMessageWithCalls_thenItsSizeCountsTheCallsAndProviderDataIsKept() {
        ToolCall call = new ToolCall("c", "Read", Map.of("path", "a"));
        Message message = Message.assistant("ok", null, List.of(call)).withProviderData(Map.of("anthropic", "sig"));

        assertThat(message.characters()).isEqualTo("assistant".length() + 2 + 4 + "Read".length() + "{path=a}".length());
        assertThat(message.providerData()).containsEntry("anthropic", "sig");
        assertThat(message.toolCalls()).containsExactly(call);
    }
}
