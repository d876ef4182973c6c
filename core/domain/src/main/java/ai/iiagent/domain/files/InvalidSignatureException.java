package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ErrorCode;

/** A signed storage URL whose signature does not match (tampered key, method, expiry or signature). */
public final class InvalidSignatureException extends AccessDeniedException {

    public InvalidSignatureException() {
        super(ErrorCode.of("invalid_signature"), "the signed URL is not valid");
    }
}
