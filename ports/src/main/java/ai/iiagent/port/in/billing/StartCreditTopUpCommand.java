package ai.iiagent.port.in.billing;

import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** A one-off purchase of {@code credits} whole credits. */
public record StartCreditTopUpCommand(UserId userId, long credits) {

    public StartCreditTopUpCommand {
        Objects.requireNonNull(userId, "userId");
    }
}
