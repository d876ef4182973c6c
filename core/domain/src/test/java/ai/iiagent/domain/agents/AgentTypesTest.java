package ai.iiagent.domain.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of the original's fifteen agent types (reference §5.10). */
class AgentTypesTest {

    private static final List<String> AVAILABLE = List.of("general", "researcher", "fast_research", "deep_research",
            "design_document", "task_agent", "browser", "media", "website_build", "research_to_website", "slide",
            "slide_nano_banana", "codex", "claude_code", "mobile_app");

    @Test
    void givenTheCatalogue_thenItHasTheFifteenTypesOfTheOriginal_andOnlyTheOnesWithToolsAreAvailable() {
        assertThat(AgentTypes.all()).extracting(AgentType::id).containsExactlyInAnyOrder("general", "researcher",
                "fast_research", "deep_research", "browser", "slide", "slide_nano_banana", "media", "website_build",
                "research_to_website", "mobile_app", "design_document", "task_agent", "codex", "claude_code");
        assertThat(AgentTypes.all()).filteredOn(AgentType::available).extracting(AgentType::id)
                .containsExactlyInAnyOrderElementsOf(AVAILABLE);
        assertThat(AgentTypes.find("mobile_app").orElseThrow().tools()).contains("mobile_app_init", "restart_mobile_server");
        // codex and claude_code are in the catalogue; whether their CLI can be installed is the server's (AgentTypeAvailability)
        assertThat(AgentTypes.find("claude_code").orElseThrow().tools()).contains("claude_code", "Bash", "Read");
        assertThat(AgentTypes.find("codex").orElseThrow().unavailable("no npm").unavailableReason()).isEqualTo("no npm");
    }

    @Test
    void givenEachType_thenItHasItsOwnPromptFile_aOneLineDescription_andTools() {
        for (AgentType type : AgentTypes.all()) {
            assertThat(type.systemPrompt()).as(type.id()).startsWith("You are II-Agent").hasSizeGreaterThan(200);
            assertThat(type.description()).as(type.id()).isNotBlank().doesNotContain("\n");
            assertThat(type.tools()).as(type.id()).isNotEmpty().doesNotContainAnyElementsOf(AgentTypes.COMMON_TOOLS)
                    .doesNotHaveDuplicates();
        }
        assertThat(AgentTypes.all()).extracting(AgentType::systemPrompt).doesNotHaveDuplicates();
    }

    @Test
    void givenTheResearchTypes_thenTheyListTheResearchTools_andDeepResearchTheSubAgents() {
        assertThat(AgentTypes.find("researcher").orElseThrow().tools()).contains("web_batch_search", "web_visit_compress")
                .doesNotContain("Bash", "Write");
        assertThat(AgentTypes.find("fast_research").orElseThrow().tools()).contains("web_batch_search",
                "web_visit_compress", "read_remote_image").doesNotContain("sub_agent_task");
        assertThat(AgentTypes.find("deep_research").orElseThrow().tools()).contains("web_batch_search",
                "sub_agent_task", "sub_agent_task_all");
    }

    @Test
    void givenTheSlideTypes_thenTheyRunWithTheSlideTools() {
        assertThat(AgentTypes.runnable("slide").tools()).contains("SlideWrite", "SlideEdit", "slide_apply_patch",
                "generate_image").doesNotContain("SlideGenerate", "Bash");
        assertThat(AgentTypes.runnable("slide_nano_banana").tools()).contains("SlideGenerate", "generate_image")
                .doesNotContain("SlideWrite", "Write");
    }

    @Test
    void givenTheBrowserType_thenItHasEveryBrowserTool_andGeneralAndTheResearchTypesOfferThemToo() {
        assertThat(AgentTypes.runnable("browser").tools()).containsAll(ToolNames.BROWSER).hasSize(17);
        for (String type : List.of("general", "researcher", "fast_research", "deep_research")) {
            assertThat(AgentTypes.find(type).orElseThrow().tools()).as(type).containsAll(ToolNames.BROWSER);
        }
        assertThat(AgentTypes.find("task_agent").orElseThrow().tools()).doesNotContainAnyElementsOf(ToolNames.BROWSER);
    }

    @Test
    void givenNoTypeOrAnAvailableOne_thenItRuns_butAnUnknownOneIsRefusedWithItsCode() {
        assertThat(AgentTypes.runnable(null).id()).isEqualTo("general");
        assertThat(AgentTypes.runnable(" ").id()).isEqualTo("general");
        assertThat(AgentTypes.runnable("deep_research").id()).isEqualTo("deep_research");
        assertThatThrownBy(() -> AgentTypes.runnable("wizard")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).code().value()).isEqualTo("agent_type_unknown");
        assertThat(AgentTypes.runnable("mobile_app").id()).isEqualTo("mobile_app");
    }
}
