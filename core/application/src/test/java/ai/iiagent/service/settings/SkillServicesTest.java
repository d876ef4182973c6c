package ai.iiagent.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.users.UserRole;
import ai.iiagent.port.in.settings.DeleteSkillCommand;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.settings.SeedBuiltinSkillsCommand;
import ai.iiagent.port.in.settings.SeedReport;
import ai.iiagent.port.in.settings.ToggleSkillCommand;
import ai.iiagent.port.in.settings.UploadSkillCommand;
import ai.iiagent.port.out.clock.MutableClock;
import ai.iiagent.port.out.settings.InMemorySkillRepository;
import ai.iiagent.port.out.tx.DirectUnitOfWork;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SkillServicesTest {

    private final InMemorySkillRepository skills = new InMemorySkillRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final SeedBuiltinSkillsService seed = new SeedBuiltinSkillsService(skills, unitOfWork, clock);
    private final ListSkillsService list = new ListSkillsService(skills);
    private final UploadSkillService upload = new UploadSkillService(skills, unitOfWork, clock, SkillPackageLimits.DEFAULTS);
    private final Identity ada = new Identity(UserId.random(), UserRole.USER);
    private final Identity bob = new Identity(UserId.random(), UserRole.USER);

    @Test
    void givenShippedSkills_whenSeededAgain_thenUnchanged_changedContentUpdates_andDroppedSkillsGo() {
        assertThat(seed.seed(new SeedBuiltinSkillsCommand(List.of(md("alpha", "one"), md("beta", "two")))))
                .isEqualTo(new SeedReport(2, 0, 0, 0));
        String alphaId = builtinId("alpha");

        assertThat(seed.seed(new SeedBuiltinSkillsCommand(List.of(md("alpha", "one"), md("beta", "two")))))
                .isEqualTo(new SeedReport(0, 0, 2, 0));
        assertThat(seed.seed(new SeedBuiltinSkillsCommand(List.of(md("alpha", "changed")))))
                .isEqualTo(new SeedReport(0, 1, 0, 1));
        assertThat(builtinId("alpha")).isEqualTo(alphaId);
        assertThat(skills.listBuiltin()).extracting(skill -> skill.name()).containsExactly("alpha");
    }

    @Test
    void givenBuiltin_whenOneUserDisablesIt_thenOthersStillHaveItEnabled_andItCannotBeDeleted() {
        seed.seed(new SeedBuiltinSkillsCommand(List.of(md("alpha", "one"))));
        var id = skills.listBuiltin().get(0).id();
        ToggleSkillService toggle = new ToggleSkillService(skills, clock);

        assertThat(toggle.toggle(new ToggleSkillCommand(ada, id, false)).enabled()).isFalse();

        assertThat(list.list(new ListSkillsQuery(ada, true))).extracting(UserSkill::enabled).containsExactly(false);
        assertThat(list.list(new ListSkillsQuery(bob, true))).extracting(UserSkill::enabled).containsExactly(true);
        assertCode(() -> new DeleteSkillService(skills).delete(new DeleteSkillCommand(ada, id)), "skill_read_only");
    }

    @Test
    void givenUpload_whenSameNameUploadedAgain_thenReplaced_builtinNamesRefused_andOthersCannotSeeIt() {
        seed.seed(new SeedBuiltinSkillsCommand(List.of(md("alpha", "one"))));
        UserSkill first = upload.upload(new UploadSkillCommand(ada, zip("SKILL.md", md("mine", "v1"))));
        UserSkill second = upload.upload(new UploadSkillCommand(ada, zip("pkg/SKILL.md", md("mine", "v2"))));

        assertThat(second.skill().id()).isEqualTo(first.skill().id());
        assertThat(second.skill().manifest().content()).contains("v2");
        assertThat(skills.packageOf(first.skill().id())).isPresent();
        assertThat(list.list(new ListSkillsQuery(ada, false))).hasSize(1);
        assertThat(list.list(new ListSkillsQuery(bob, false))).isEmpty();
        assertCode(() -> upload.upload(new UploadSkillCommand(ada, zip("SKILL.md", md("alpha", "x")))), "skill_name_conflict");
        assertCode(() -> new GetSkillService(skills).get(new ai.iiagent.port.in.settings.GetSkillQuery(bob, first.skill().id())),
                "skill_not_found");
    }

    private String builtinId(String name) {
        return skills.listBuiltin().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id().toString();
    }

    static String md(String name, String body) {
        return "---\nname: " + name + "\ndescription: test skill " + name + "\n---\n" + body + "\n";
    }

    static byte[] zip(String path, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code().value()).isEqualTo(code));
    }
}
