package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The file name is empty, too long or nothing is left of it after sanitising. */
public final class InvalidFileNameException extends ValidationException {

    public InvalidFileNameException(String raw) {
        super(ErrorCode.of("invalid_file_name"), "file names need 1 to " + FileName.MAX_LENGTH
                + " printable characters" + (raw.isEmpty() ? "" : ", got " + raw.length()));
    }
}
