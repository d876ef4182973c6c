package ai.iiagent.domain.settings;

import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill: instructions ({@code SKILL.md}) and, for uploaded ones, the files of its package. Built-ins
 * have no owner; {@code enabled} is the row's own switch (per-user overrides of built-ins are separate).
 */
public record Skill(SkillId id, Optional<UserId> owner, SkillManifest manifest, SkillSource source, String contentHash,
                    long packageBytes, int fileCount, boolean enabled, Instant createdAt, Instant updatedAt) {

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (owner.isEmpty() != (source == SkillSource.BUILTIN)) {
            throw new IllegalArgumentException("built-in skills have no owner, custom skills have one");
        }
    }

    public String name() {
        return manifest.name();
    }

    public boolean isBuiltin() {
        return source == SkillSource.BUILTIN;
    }

    public boolean visibleTo(UserId user) {
        return owner.isEmpty() || owner.get().equals(user);
    }

    public Skill withEnabled(boolean value, Instant at) {
        return new Skill(id, owner, manifest, source, contentHash, packageBytes, fileCount, value, createdAt, at);
    }
}
