package ai.iiagent.port.in.users;

import ai.iiagent.domain.users.User;

/** Sets the interface language of the caller's own account. */
public interface ChangeLanguageUseCase {

    User changeLanguage(ChangeLanguageCommand command);
}
