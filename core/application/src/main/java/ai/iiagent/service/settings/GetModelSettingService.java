package ai.iiagent.service.settings;

import ai.iiagent.domain.settings.ModelSetting;
import ai.iiagent.port.in.settings.GetModelSettingQuery;
import ai.iiagent.port.in.settings.GetModelSettingUseCase;
import ai.iiagent.port.out.settings.ModelSettingRepository;

/** Reads one visible model setting. */
public final class GetModelSettingService implements GetModelSettingUseCase {

    private final ModelSettingAccess access;

    public GetModelSettingService(ModelSettingRepository repository) {
        this.access = new ModelSettingAccess(repository);
    }

    @Override
    public ModelSetting get(GetModelSettingQuery query) {
        return access.visible(query.caller(), query.id());
    }
}
