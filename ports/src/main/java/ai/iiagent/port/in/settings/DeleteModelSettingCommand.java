package ai.iiagent.port.in.settings;

import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Delete one model setting. */
public record DeleteModelSettingCommand(Identity caller, ModelSettingId id) {

    public DeleteModelSettingCommand {
        Objects.requireNonNull(caller, "caller");
    }
}
