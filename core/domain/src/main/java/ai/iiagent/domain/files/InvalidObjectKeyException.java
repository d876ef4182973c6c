package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** A storage key that is not one this system builds (traversal, absolute, odd characters). */
public final class InvalidObjectKeyException extends ValidationException {

    public InvalidObjectKeyException() {
        super(ErrorCode.of("invalid_object_key"), "not a valid storage key");
    }
}
