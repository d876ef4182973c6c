package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** Whose account to deactivate. */
public record DeactivateAccountCommand(UserId userId) {

    public DeactivateAccountCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
