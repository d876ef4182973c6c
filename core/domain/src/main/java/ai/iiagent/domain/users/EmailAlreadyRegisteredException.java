package ai.iiagent.domain.users;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;

/** Another account already uses this e-mail address. */
public final class EmailAlreadyRegisteredException extends ConflictException {

    public EmailAlreadyRegisteredException() {
        super(ErrorCode.of("email_already_registered"), "an account with this email already exists");
    }
}
