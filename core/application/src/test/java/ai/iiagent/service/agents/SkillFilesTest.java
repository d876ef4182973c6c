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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Loading an uploaded skill puts its package files into the workspace at .skills/<name>/. */
class SkillFilesTest {

    private final InMemorySkillRepository repository = new InMemorySkillRepository();
    private final Map<String, String> written = new LinkedHashMap<>();
    private final UserId owner = UserId.random();

    @Test
    void givenAPackageInOneTopFolder_thenItsFilesLandUnderDotSkillsWithoutThatFolder() {
        Skill skill = stored("deploy-helper", Map.of("deploy-helper/SKILL.md", md("deploy-helper"),
                "deploy-helper/scripts/run.sh", "#!/bin/sh\necho deploying\n", "deploy-helper/templates/a.txt", "A"));

        ToolOutcome loaded = load(tool(skill, SkillPackageLimits.DEFAULTS), "deploy-helper");

        assertThat(loaded.error()).isFalse();
        assertThat(written).containsOnlyKeys(".skills/deploy-helper/SKILL.md", ".skills/deploy-helper/scripts/run.sh",
                ".skills/deploy-helper/templates/a.txt");
        assertThat(written.get(".skills/deploy-helper/scripts/run.sh")).isEqualTo("#!/bin/sh\necho deploying\n");
        assertThat(loaded.text()).contains("Its files are in /workspace/.skills/deploy-helper/")
                .contains("Step one for deploy-helper.");
        assertThat(loaded.display()).containsEntry("files", 3)
                .containsEntry("files_directory", "/workspace/.skills/deploy-helper");
    }

    @Test
    void givenAPackageWithSkillMdAtItsRoot_thenThePathsAreKeptAsTheyAre() {
        Skill skill = stored("flat", Map.of("SKILL.md", md("flat"), "lib/util.py", "print(1)\n"));

        load(tool(skill, SkillPackageLimits.DEFAULTS), "flat");

        assertThat(written).containsOnlyKeys(".skills/flat/SKILL.md", ".skills/flat/lib/util.py");
    }

    @Test
    void givenABuiltInSkillWithoutAPackage_thenNothingIsWritten_andTheInstructionsLoad() {
        Skill builtin = new Skill(SkillId.random(), Optional.empty(), SkillManifest.parse(md("builtin")),
                SkillSource.BUILTIN, "h", 10, 1, true, Instant.EPOCH, Instant.EPOCH);
        repository.save(builtin, null);

        ToolOutcome loaded = load(tool(builtin, SkillPackageLimits.DEFAULTS), "builtin");

        assertThat(written).isEmpty();
        assertThat(loaded.error()).isFalse();
        assertThat(loaded.display()).doesNotContainKey("files");
    }

    @Test
    void givenAStoredPackageOverTodaysLimits_thenNothingIsWritten_butTheInstructionsStillLoadWithTheReason() {
        Skill skill = stored("big", Map.of("SKILL.md", md("big"), "data.bin", "x".repeat(5000)));
        SkillPackageLimits tighter = new SkillPackageLimits(5L << 20, 200, 1000, 20L << 20, 100);

        ToolOutcome loaded = load(tool(skill, tighter), "big");

        assertThat(written).isEmpty();
        assertThat(loaded.error()).isFalse();
        assertThat(loaded.text()).contains("could not be copied").contains("Step one for big.");
        assertThat(loaded.display()).containsKey("files_error");
    }

    private AgentTool tool(Skill skill, SkillPackageLimits limits) {
        SkillFiles files = new SkillFiles(repository, workspaceRecording(written), limits);
        return SkillTool.forSkills(List.of(new UserSkill(skill, true)), files).getFirst();
    }

    private static ToolOutcome load(AgentTool tool, String name) {
        try {
            return tool.run(new ToolInvocation(UserId.random(), SessionId.random(), RunId.random(), "c",
                Map.of("skill", name), Map.of()));
        } catch (Exception e) {
            throw new AssertionError("the Skill tool threw instead of answering", e);
        }
    }

    private Skill stored(String name, Map<String, String> entries) {
        Skill skill = new Skill(SkillId.random(), Optional.of(owner), SkillManifest.parse(md(name)), SkillSource.CUSTOM,
                "h", 10, entries.size(), true, Instant.EPOCH, Instant.EPOCH);
        repository.save(skill, zip(entries));
        return skill;
    }

    private static String md(String name) {
        return "---\nname: " + name + "\ndescription: Does " + name + " well\n---\n\n# " + name + "\n\nStep one for "
                + name + ".\n";
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A workspace that records written files (path → text). */
    static SkillFiles.WorkspaceWriter workspaceRecording(Map<String, String> written) {
        return (session, path, content, reservation) -> written.put(path, new String(content, StandardCharsets.UTF_8));
    }
}
