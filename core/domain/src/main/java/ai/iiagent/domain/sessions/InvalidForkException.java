package ai.iiagent.domain.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The parent session cannot be forked this way (wrong agent type, or a chat session). */
public final class InvalidForkException extends ValidationException {

    public InvalidForkException(String message) {
        super(ErrorCode.of("invalid_fork_session"), message);
    }
}
