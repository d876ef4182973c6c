package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.Email;
import ai.iiagent.domain.users.PersonName;
import java.util.Objects;

/** Who signs up, and through which provider ({@code local}, {@code google}, ...). */
public record RegisterUserCommand(Email email, PersonName name, String loginProvider) {

    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loginProvider, "loginProvider");
    }
}
