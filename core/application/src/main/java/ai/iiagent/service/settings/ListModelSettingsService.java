package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.port.in.settings.ListModelSettingsQuery;
import ai.iiagent.port.in.settings.ListModelSettingsUseCase;
import ai.iiagent.port.out.settings.ModelSettingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The offline model first (listed even before seeding has run), then the repository's visible rows. */
public final class ListModelSettingsService implements ListModelSettingsUseCase {

    private final ModelSettingRepository repository;

    public ListModelSettingsService(ModelSettingRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ModelSetting> list(ListModelSettingsQuery query) {
        List<ModelSetting> visible = repository.listVisibleTo(query.caller().userId());
        List<ModelSetting> result = new ArrayList<>(visible.size() + 1);
        result.add(visible.stream().filter(ModelSetting::isOffline).findFirst()
                .orElseGet(() -> ModelSetting.offlineDemo(Instant.EPOCH)));
        visible.stream().filter(setting -> !setting.isOffline()).forEach(result::add);
        return List.copyOf(result);
    }
}
