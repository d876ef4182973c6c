package ai.iiagent.port.in.auth;

import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/** Owner and a name to recognise the key by. */
public record CreateApiKeyCommand(Identity owner, String name) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(owner, "owner");
    }
}
