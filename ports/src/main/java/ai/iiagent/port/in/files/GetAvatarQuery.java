package ai.iiagent.port.in.files;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Whose avatar. */
public record GetAvatarQuery(Identity owner) {

    public GetAvatarQuery {
        Objects.requireNonNull(owner, "owner");
    }
}
