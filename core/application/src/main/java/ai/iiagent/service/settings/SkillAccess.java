package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.settings.SettingNotFoundException;
import ai.iiagent.domain.settings.UserSkill;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.settings.SkillRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Visibility of skills (built-ins and the caller's own) and the caller's view of their enabled state. */
final class SkillAccess {

    private final SkillRepository repository;

    SkillAccess(SkillRepository repository) {
        this.repository = repository;
    }

    Skill visible(Identity caller, SkillId id) {
        return repository.findById(id).filter(skill -> skill.visibleTo(caller.userId()))
                .orElseThrow(() -> SettingNotFoundException.skill(id));
    }

    UserSkill view(Identity caller, Skill skill) {
        return view(skill, repository.overridesOf(caller.userId()));
    }

    static UserSkill view(Skill skill, Map<SkillId, Boolean> overrides) {
        return new UserSkill(skill, skill.isBuiltin() ? overrides.getOrDefault(skill.id(), skill.enabled()) : skill.enabled());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
