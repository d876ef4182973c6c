package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.Language;
import ai.iiagent.domain.users.UserId;
import java.util.Objects;

/** New interface language for a user. */
public record ChangeLanguageCommand(UserId userId, Language language) {

    public ChangeLanguageCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(language, "language");
    }
}
