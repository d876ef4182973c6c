package ai.iiagent.port.in.settings;

import ai.iiagent.domain.shared.ModelSettingId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** The model setting a run should use, for its caller. */
public record ResolveModelCredentialsQuery(Identity caller, ModelSettingId id) {

    public ResolveModelCredentialsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(id, "id");
    }
}
