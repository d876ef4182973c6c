package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ConflictException;
import ai.iiagent.domain.shared.ErrorCode;

/** Completion was asked for, but the object is missing or does not have the declared size. */
public final class UploadIncompleteException extends ConflictException {

    public UploadIncompleteException(AssetId id, String why) {
        super(ErrorCode.of("upload_incomplete"), "asset " + id + " cannot be completed: " + why);
    }
}
