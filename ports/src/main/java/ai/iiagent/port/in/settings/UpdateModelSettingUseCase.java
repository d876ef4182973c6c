package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelSetting;

/** Partially updates one of the caller's own models (system models are read-only: {@code model_setting_read_only}); a new key is sealed with the current master key. */
public interface UpdateModelSettingUseCase {

    ModelSetting update(UpdateModelSettingCommand command);
}
