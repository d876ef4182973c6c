package ai.iiagent.port.in.settings;

import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** One model setting. */
public record GetModelSettingQuery(Identity caller, ModelSettingId id) {

    public GetModelSettingQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
