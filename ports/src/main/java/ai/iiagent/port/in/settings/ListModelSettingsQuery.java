package ai.iiagent.port.in.settings;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose models. */
public record ListModelSettingsQuery(Identity caller) {

    public ListModelSettingsQuery {
        Objects.requireNonNull(caller, "caller");
    }
}
