package ai.iiagent.port.out.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SkillManifest;
import ai.iiagent.domain.settings.SkillSource;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link SkillRepository}'s contract, run against the in-memory fake and against PostgreSQL: a user's
 * skills and packages, overrides that follow their skill, and nothing leaking between users.
 */
public abstract class SkillRepositoryContractTest {

    protected abstract SkillRepository repository();

    /** A new user who may own skills. */
    protected abstract UserId newUser();

    @Test
    void givenAnUploadedSkill_thenItReadsBackWhole_withItsPackage_andOnlyItsOwnerListsIt() {
        UserId owner = newUser();
        UserId stranger = newUser();
        Skill zebra = custom(owner, "zebra-notes");
        Skill alpha = custom(owner, "alpha-notes");

        repository().save(zebra, new byte[] {1, 2, 3});
        repository().save(alpha, new byte[] {9});

        assertThat(repository().findById(zebra.id())).contains(zebra);
        assertThat(repository().packageOf(zebra.id())).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(repository().listOwnedBy(owner)).extracting(Skill::name).containsExactly("alpha-notes", "zebra-notes");
        assertThat(repository().listOwnedBy(stranger)).isEmpty();
        assertThat(repository().findById(SkillId.random())).isEmpty();
    }

    @Test
    void givenASaveWithoutAPackage_thenTheRowIsReplaced_andThePackageKept() {
        UserId owner = newUser();
        Skill skill = custom(owner, "kept-package");
        repository().save(skill, new byte[] {4, 2});
        Skill off = skill.withEnabled(false, skill.updatedAt().plusSeconds(60));

        repository().save(off, null);

        assertThat(repository().findById(skill.id())).contains(off);
        assertThat(repository().packageOf(skill.id())).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(4, 2));
    }

    @Test
    void givenOverrides_thenTheLastOneCounts_perUser_andTheyGoWithTheirSkill() {
        UserId owner = newUser();
        UserId other = newUser();
        Skill skill = custom(owner, "overridden");
        repository().save(skill, new byte[] {7});
        Instant at = now();

        repository().setOverride(owner, skill.id(), true, at);
        repository().setOverride(owner, skill.id(), false, at.plusSeconds(1));

        assertThat(repository().overridesOf(owner)).containsExactlyEntriesOf(java.util.Map.of(skill.id(), false));
        assertThat(repository().overridesOf(other)).isEmpty();
        assertThat(repository().delete(skill.id())).isTrue();
        assertThat(repository().delete(skill.id())).isFalse();
        assertThat(repository().overridesOf(owner)).isEmpty();
        assertThat(repository().packageOf(skill.id())).isEmpty();
        assertThat(repository().findById(skill.id())).isEmpty();
    }

    private static Skill custom(UserId owner, String name) {
        Instant at = now();
        return new Skill(SkillId.random(), Optional.of(owner), new SkillManifest(name, "what " + name + " does", null,
                "# " + name), SkillSource.CUSTOM, "sha256:" + name, 3, 1, true, at, at);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
