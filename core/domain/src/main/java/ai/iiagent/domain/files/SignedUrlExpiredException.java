package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.AccessDeniedException;
import ai.iiagent.domain.shared.ErrorCode;

/** A correctly signed storage URL used after its expiry. */
public final class SignedUrlExpiredException extends AccessDeniedException {

    public SignedUrlExpiredException() {
        super(ErrorCode.of("signed_url_expired"), "the signed URL has expired; ask for a new one");
    }
}
