package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.AgentTypes;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.ModelPrice;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A run's tools from its agent type, the server's registered tools and the model's family. */
class AgentTypeToolsTest {

    /** What the wiring registers today (AgentsWiring, web tools with a search provider). */
    private static final List<AgentTool> TODAY = Stream.of("TodoWrite", "ask_user_select", "ask_user_env", "Bash",
            "BashView", "BashList", "BashWriteToProcess", "Read", "Write", "Edit", "apply_patch",
            "str_replace_based_edit_tool", "send_user_files", "register_port", "web_search", "image_search", "web_visit")
            .map(AgentTypeToolsTest::named).toList();
    private static final ResolvedModel OFFLINE = model("offline", "offline-demo");
    private static final ResolvedModel GPT = model("openai", "gpt-4o-mini");
    private static final ResolvedModel CLAUDE = model("anthropic", "claude-sonnet-4-5");

    @Test
    void givenGeneral_thenItGetsShellFilesWebAndTheCommonTools_withTheFamilySwaps() {
        AgentType general = AgentTypes.find("general").orElseThrow();
        assertThat(names(general, TODAY, OFFLINE)).containsExactlyInAnyOrder("TodoWrite", "ask_user_select",
                "ask_user_env", "Bash", "BashView", "BashList", "BashWriteToProcess", "Read", "Write", "Edit",
                "send_user_files", "register_port", "web_search", "image_search", "web_visit");
        assertThat(names(general, TODAY, GPT)).contains("apply_patch", "Bash", "register_port")
                .doesNotContain("Write", "Edit", "BashList", "str_replace_based_edit_tool");
        assertThat(names(general, TODAY, CLAUDE)).contains("str_replace_based_edit_tool")
                .doesNotContain("Write", "Edit", "apply_patch");
    }

    @Test
    void givenResearcher_thenNoShellOrFiles_andTheResearchToolsTheServerLacksAreLeftOutAndReported() {
        AgentType researcher = AgentTypes.find("researcher").orElseThrow();
        AgentTypeTools.Selection today = AgentTypeTools.select(researcher, TODAY, OFFLINE);
        assertThat(today.tools()).extracting(tool -> tool.spec().name())
                .containsExactlyInAnyOrder("ask_user_select", "register_port", "web_search", "web_visit");
        List<String> missing = new ArrayList<>(List.of("web_batch_search", "web_visit_compress", "read_remote_image"));
        missing.addAll(ai.iiagent.domain.agents.ToolNames.BROWSER);
        assertThat(today.missing()).containsExactlyInAnyOrderElementsOf(missing);

        List<AgentTool> withResearchTools = new ArrayList<>(TODAY);
        Stream.concat(Stream.of("web_batch_search", "web_visit_compress", "read_remote_image"),
                ai.iiagent.domain.agents.ToolNames.BROWSER.stream()).map(AgentTypeToolsTest::named)
                .forEach(withResearchTools::add);
        AgentTypeTools.Selection later = AgentTypeTools.select(researcher, withResearchTools, OFFLINE);
        assertThat(later.missing()).isEmpty();
        assertThat(later.tools()).extracting(tool -> tool.spec().name()).contains("web_batch_search",
                "web_visit_compress", "read_remote_image");
    }

    @Test
    void givenDeepResearch_thenTheSubAgentToolsJoinOnceRegistered_andFastResearchNeverGetsThem() {
        List<AgentTool> withSubAgents = new ArrayList<>(TODAY);
        withSubAgents.add(named("sub_agent_task"));
        withSubAgents.add(named("sub_agent_task_all"));
        assertThat(names(AgentTypes.find("deep_research").orElseThrow(), withSubAgents, GPT))
                .contains("sub_agent_task", "sub_agent_task_all", "Bash", "apply_patch");
        assertThat(names(AgentTypes.find("fast_research").orElseThrow(), withSubAgents, GPT))
                .doesNotContain("sub_agent_task", "sub_agent_task_all").contains("Bash", "apply_patch");
        assertThat(AgentTypeTools.select(AgentTypes.find("deep_research").orElseThrow(), TODAY, GPT).missing())
                .contains("sub_agent_task", "sub_agent_task_all");
    }

    @Test
    void givenDocumentAndTaskAgents_thenTheyHaveNoShell_andOnlyTheDocumentAgentWritesFiles() {
        assertThat(names(AgentTypes.find("design_document").orElseThrow(), TODAY, OFFLINE))
                .contains("Write", "Edit", "Read", "send_user_files", "TodoWrite", "web_search")
                .doesNotContain("Bash", "ask_user_env");
        assertThat(names(AgentTypes.find("task_agent").orElseThrow(), TODAY, OFFLINE))
                .containsExactlyInAnyOrder("Read", "web_search", "web_visit", "TodoWrite", "ask_user_select",
                        "register_port");
    }

    private static List<String> names(AgentType type, List<AgentTool> registered, ResolvedModel model) {
        return AgentTypeTools.select(type, registered, model).tools().stream().map(tool -> tool.spec().name()).toList();
    }

    private static ResolvedModel model(String provider, String id) {
        return new ResolvedModel(provider, id, null, null, ModelPrice.FREE, 1000, 8000, false, false);
    }

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
}
