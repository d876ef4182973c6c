package ai.iiagent.port.in.settings;

import ai.iiagent.domain.settings.ModelSetting;
import java.util.List;

/** The models a user can pick: the built-in offline model, active system models, then the user's own (BYOK) ones. Keys are never part of the answer's meaning: callers show only whether one is set. */
public interface ListModelSettingsUseCase {

    List<ModelSetting> list(ListModelSettingsQuery query);
}
