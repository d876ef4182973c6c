package ai.iiagent.port.out.settings;

import ai.iiagent.domain.settings.ModelProvider;
import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.UserId;
import java.util.List;
import java.util.Optional;

/**
 * System and user model settings. A (provider, model id) pair is unique among system rows and
 * within each user's rows; a user has at most one default row.
 */
public interface ModelSettingRepository {

    /** Inserts or replaces the row with this id. */
    void save(ModelSetting setting);

    Optional<ModelSetting> findById(ModelSettingId id);

    /** Active system rows first (by display name), then the user's own rows, oldest first. */
    List<ModelSetting> listVisibleTo(UserId user);

    /** All system rows, active or not. */
    List<ModelSetting> listSystem();

    /** The user's own rows. */
    List<ModelSetting> listOwnedBy(UserId user);

    /** Clears the default flag on the user's other rows. */
    void clearDefault(UserId user, ModelSettingId except);

    /** @return false when there was no such row */
    boolean delete(ModelSettingId id);

    /**
     * Rows whose API key was sealed with a key other than {@code currentKeyId}, in id order, after
     * {@code after} (null: from the first), at most {@code limit}; paging by id lets a caller skip rows it cannot re-seal.
     */
    List<ModelSetting> findWithKeyNotSealedBy(String currentKeyId, ModelSettingId after, int limit);

    default Optional<ModelSetting> findSystem(ModelProvider provider, String modelId) {
        return listSystem().stream().filter(s -> s.provider() == provider && s.modelId().equals(modelId)).findFirst();
    }
}
