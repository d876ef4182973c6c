package ai.iiagent.domain.settings;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link Skill}. */
public record SkillId(UUID value) {

    public SkillId {
        Objects.requireNonNull(value, "value");
    }

    public static SkillId random() {
        return new SkillId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
