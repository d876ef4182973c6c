package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference's model-family tool swaps (§5.10). */
class ModelToolSetsTest {

    private static final List<AgentTool> ALL = Stream.of("TodoWrite", "Bash", "BashView", "BashList",
            "BashWriteToProcess", "Read", "Write", "Edit", "apply_patch", "str_replace_based_edit_tool",
            "send_user_files", "register_port").map(ModelToolSetsTest::named).toList();

    private static AgentTool named(String name) {
        return new AgentTool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec(name, "", null);
            }

            @Override
            public Credits maxCost() {
                return Credits.ZERO;
            }

            @Override
            public ToolOutcome run(ToolInvocation invocation) {
                return ToolOutcome.ok(name);
            }
        };
    }

    private static ResolvedModel model(String provider, String id) {
        return new ResolvedModel(provider, id, null, null, ModelPrice.FREE, 1000, 8000, false, false);
    }

    private static List<String> names(ResolvedModel model) {
        return ModelToolSets.select(ALL, model).stream().map(tool -> tool.spec().name()).toList();
    }

    @Test
    void givenGptFamilyModels_thenTheyGetApplyPatchInsteadOfWriteEditAndTheListAndWriteShellTools() {
        for (ResolvedModel gpt : List.of(model("openai", "gpt-4o-mini"), model("openai", "o3-mini"),
                model("openai", "openai/gpt-5"), model("openrouter", "openai/o4-mini"))) {
            assertThat(names(gpt)).as(gpt.modelId()).containsExactly("TodoWrite", "Bash", "BashView", "Read",
                    "apply_patch", "send_user_files", "register_port");
        }
    }

    @Test
    void givenClaudeFamilyModels_thenTheyGetTheTextEditorInstead() {
        for (ResolvedModel claude : List.of(model("anthropic", "claude-sonnet-4-5"),
                model("openai", "anthropic/claude-3.5-sonnet"))) {
            assertThat(names(claude)).as(claude.modelId()).containsExactly("TodoWrite", "Bash", "BashView", "Read",
                    "str_replace_based_edit_tool", "send_user_files", "register_port");
        }
    }

    @Test
    void givenOtherModels_thenTheyKeepWriteEditAndAllShellTools_withoutTheFamilyEditors() {
        for (ResolvedModel other : List.of(model("offline", "offline-demo"), model("gemini", "gemini-2.5-flash"),
                model("openai", "llama3.1:8b"), model("openai", "mistral-large"))) {
            assertThat(names(other)).as(other.modelId()).containsExactly("TodoWrite", "Bash", "BashView", "BashList",
                    "BashWriteToProcess", "Read", "Write", "Edit", "send_user_files", "register_port");
        }
    }

    @Test
    void givenModelNames_thenFamiliesAreRecognised() {
        assertThat(ModelToolSets.familyOf(model("openai", "GPT-4.1"))).isEqualTo(ModelToolSets.Family.OPENAI);
        assertThat(ModelToolSets.familyOf(model("anthropic", "some-future-model"))).isEqualTo(ModelToolSets.Family.ANTHROPIC);
        assertThat(ModelToolSets.familyOf(model("openai", "qwen2.5-coder"))).isEqualTo(ModelToolSets.Family.OTHER);
        assertThat(ModelToolSets.familyOf(model("openai", "phi3-o1-lookalike"))).isEqualTo(ModelToolSets.Family.OTHER);
    }
}
