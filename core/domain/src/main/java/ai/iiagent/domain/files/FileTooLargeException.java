package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The declared (or actually sent) size is above the configured limit. */
public final class FileTooLargeException extends ValidationException {

    public FileTooLargeException(long size, long limit) {
        super(ErrorCode.of("file_too_large"), "files may have at most " + limit + " bytes, got " + size);
    }
}
