package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in and uploaded skills, the uploaded packages' bytes, and per-user enable/disable
 * overrides. Built-in names are unique; a user's skill names are unique for that user.
 */
public interface SkillRepository {

    /** Inserts or replaces the row; {@code packageZip} replaces the stored package when non-null. */
    void save(Skill skill, byte[] packageZip);

    Optional<Skill> findById(SkillId id);

    List<Skill> listBuiltin();

    /** The user's uploaded skills, by name. */
    List<Skill> listOwnedBy(UserId user);

    /** The stored package of an uploaded skill. */
    Optional<byte[]> packageOf(SkillId id);

    /** @return false when there was no such row (its overrides go with it) */
    boolean delete(SkillId id);

    /** The user's overrides: skill id to enabled. */
    Map<SkillId, Boolean> overridesOf(UserId user);

    void setOverride(UserId user, SkillId skill, boolean enabled, Instant at);
}
