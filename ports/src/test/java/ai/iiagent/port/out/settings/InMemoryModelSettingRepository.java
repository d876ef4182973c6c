package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link ModelSettingRepository} in a map, ordered as the real one. */
public class InMemoryModelSettingRepository implements ModelSettingRepository {

    private static final Comparator<ModelSetting> ORDER = Comparator.comparing((ModelSetting s) -> !s.isSystem())
            .thenComparing(s -> !s.isOffline()).thenComparing(ModelSetting::displayName).thenComparing(ModelSetting::createdAt);

    private final Map<ModelSettingId, ModelSetting> rows = new LinkedHashMap<>();

    @Override
    public synchronized void save(ModelSetting setting) {
        rows.put(setting.id(), setting);
    }

    @Override
    public synchronized Optional<ModelSetting> findById(ModelSettingId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<ModelSetting> listVisibleTo(UserId user) {
        return sorted(rows.values().stream().filter(s -> s.visibleTo(user)));
    }

    @Override
    public synchronized List<ModelSetting> listSystem() {
        return sorted(rows.values().stream().filter(ModelSetting::isSystem));
    }

    @Override
    public synchronized List<ModelSetting> listOwnedBy(UserId user) {
        return sorted(rows.values().stream().filter(s -> s.ownedBy(user)));
    }

    @Override
    public synchronized void clearDefault(UserId user, ModelSettingId except) {
        listOwnedBy(user).stream().filter(s -> !s.id().equals(except) && s.isDefault())
                .forEach(s -> rows.put(s.id(), s.withDefault(false, s.updatedAt())));
    }

    @Override
    public synchronized boolean delete(ModelSettingId id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized List<ModelSetting> findWithKeyNotSealedBy(String currentKeyId, ModelSettingId after, int limit) {
        // uuid order as PostgreSQL sorts it: unsigned bytes, which is the order of the hex text
        return rows.values().stream().filter(s -> s.apiKey().filter(k -> !k.keyId().equals(currentKeyId)).isPresent())
                .filter(s -> after == null || s.id().value().toString().compareTo(after.value().toString()) > 0)
                .sorted(Comparator.comparing(s -> s.id().value().toString())).limit(limit).toList();
    }

    private static List<ModelSetting> sorted(Stream<ModelSetting> settings) {
        return settings.sorted(ORDER).toList();
    }
}
