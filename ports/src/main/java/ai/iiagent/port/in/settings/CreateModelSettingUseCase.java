package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelSetting;

/** Adds a BYOK model for the caller, its API key sealed; base URLs are checked (http(s), no internal hosts unless allowed). */
public interface CreateModelSettingUseCase {

    ModelSetting create(CreateModelSettingCommand command);
}
