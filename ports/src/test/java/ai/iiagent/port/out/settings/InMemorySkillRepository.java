package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.Skill;
import ai.iiagent.domain.settings.SkillId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SkillRepository} in maps; deleting a skill drops its overrides, as the foreign key does. */
public class InMemorySkillRepository implements SkillRepository {

    private final Map<SkillId, Skill> rows = new LinkedHashMap<>();
    private final Map<SkillId, byte[]> packages = new HashMap<>();
    private final Map<UserId, Map<SkillId, Boolean>> overrides = new HashMap<>();

    @Override
    public synchronized void save(Skill skill, byte[] packageZip) {
        rows.put(skill.id(), skill);
        if (packageZip != null) {
            packages.put(skill.id(), packageZip.clone());
        }
    }

    @Override
    public synchronized Optional<Skill> findById(SkillId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Skill> listBuiltin() {
        return rows.values().stream().filter(Skill::isBuiltin).sorted(Comparator.comparing(Skill::name)).toList();
    }

    @Override
    public synchronized List<Skill> listOwnedBy(UserId user) {
        return rows.values().stream().filter(s -> s.owner().filter(user::equals).isPresent())
                .sorted(Comparator.comparing(Skill::name)).toList();
    }

    @Override
    public synchronized Optional<byte[]> packageOf(SkillId id) {
        return Optional.ofNullable(packages.get(id)).map(byte[]::clone);
    }

    @Override
    public synchronized boolean delete(SkillId id) {
        packages.remove(id);
        overrides.values().forEach(map -> map.remove(id));
        return rows.remove(id) != null;
    }

    @Override
    public synchronized Map<SkillId, Boolean> overridesOf(UserId user) {
        return Map.copyOf(overrides.getOrDefault(user, Map.of()));
    }

    @Override
    public synchronized void setOverride(UserId user, SkillId skill, boolean enabled, Instant at) {
        overrides.computeIfAbsent(user, ignored -> new HashMap<>()).put(skill, enabled);
    }
}
