package ai.iiagent.service.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chat toolbox is built only from priced tools (zero allowed), so no chat tool call runs unreserved. */
class ChatToolboxPricingTest {

    @Test
    void givenAToolWithoutAPrice_thenTheToolboxIsRefused_whileFreeAndPaidToolsAreAccepted() {
        assertThatThrownBy(() -> new ChatToolbox(List.of(tool("priced", Credits.of(2)), tool("unpriced", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tool unpriced declares no price")
                .hasMessageNotContaining("tool priced");
        assertThatCode(() -> new ChatToolbox(List.of(tool("priced", Credits.of(2)), tool("free", Credits.ZERO))))
                .doesNotThrowAnyException();
        assertThat(new ChatToolbox(List.of(tool("free", Credits.ZERO))).specs(name -> true))
                .extracting(ToolSpec::name).containsExactly("free");
    }

    private static AgentTool tool(String name, Credits price) {
        return new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec(name, "", null);
            }

            @Override
            public Credits maxCost() {
                return price;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                return ToolOutcome.ok(name);
            }
        };
    }
}
