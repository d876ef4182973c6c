package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelSetting;

/** One visible model setting; another user's, or none, is {@code model_setting_not_found}. */
public interface GetModelSettingUseCase {

    ModelSetting get(GetModelSettingQuery query);
}
