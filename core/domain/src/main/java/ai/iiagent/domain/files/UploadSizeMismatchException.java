package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The uploaded body is shorter or longer than the size declared when the upload was requested. */
public final class UploadSizeMismatchException extends ValidationException {

    public UploadSizeMismatchException(long declared) {
        super(ErrorCode.of("upload_size_mismatch"), "the body must have exactly the declared " + declared + " bytes");
    }
}
