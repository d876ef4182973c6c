package ai.iiagent.port.in.auth;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose keys. */
public record ListApiKeysQuery(Identity owner) {

    public ListApiKeysQuery {
        Objects.requireNonNull(owner, "owner");
    }
}
