package ai.iiagent.service.agents;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SkillManifest;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.domain.settings.SkillSource;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.settings.InMemorySkillRepository;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Skill tool: offered only with enabled skills, lists them, and loads one's instructions. */
class SkillToolTest {

    /** Built-in skills only: no packages, so no workspace is ever touched. */
    private static final SkillFiles NO_FILES = new SkillFiles(new InMemorySkillRepository(),
            SkillFilesTest.workspaceRecording(new java.util.LinkedHashMap<>()), SkillPackageLimits.DEFAULTS);

    private static UserSkill skill(String name, boolean enabled) {
        SkillManifest manifest = SkillManifest.parse("---\nname: " + name + "\ndescription: Does " + name
                + " well\n---\n\n# " + name + "\n\nStep one for " + name + ".\n");
        return new UserSkill(new Skill(SkillId.random(), Optional.empty(), manifest, SkillSource.BUILTIN, "h", 10, 1, true,
                Instant.EPOCH, Instant.EPOCH), enabled);
    }

    private static ToolOutcome load(AgentTool tool, String name) throws Exception {
        return tool.run(new ToolInvocation(UserId.random(), SessionId.random(), RunId.random(), "c", Map.of("skill", name),
                Map.of()));
    }

    @Test
    void givenNoEnabledSkill_thenThereIsNoSkillTool() {
        assertThat(SkillTool.forSkills(List.of(), NO_FILES)).isEmpty();
        assertThat(SkillTool.forSkills(List.of(skill("pdf", false)), NO_FILES)).isEmpty();
    }

    @Test
    void givenEnabledSkills_thenTheToolListsThem_andLoadsOnesInstructions() throws Exception {
        AgentTool tool = SkillTool.forSkills(List.of(skill("code-review", true), skill("pdf", false),
                skill("research-brief", true)), NO_FILES).getFirst();

        assertThat(tool.spec().name()).isEqualTo("Skill");
        assertThat(tool.spec().description()).contains("- code-review: Does code-review well")
                .contains("- research-brief:").doesNotContain("pdf");
        ToolOutcome loaded = load(tool, "code-review");
        assertThat(loaded.error()).isFalse();
        assertThat(loaded.text()).contains("Skill 'code-review' loaded").contains("Step one for code-review.");
        assertThat(loaded.display()).containsEntry("skill", "code-review").containsEntry("source", "builtin");
        ToolOutcome disabled = load(tool, "pdf");
        assertThat(disabled.error()).isTrue();
        assertThat(disabled.text()).contains("no enabled skill named 'pdf'").contains("code-review, research-brief");
    }
}
