package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;

/** The stable codes of the files feature's errors (problem+json {@code code}). */
public final class FileErrors {

    /** One request asked for more download addresses than allowed. */
    public static final ErrorCode TOO_MANY_ASSETS = ErrorCode.of("too_many_assets");
    /** An upload came for an asset that is complete already. */
    public static final ErrorCode ASSET_ALREADY_COMPLETED = ErrorCode.of("asset_already_completed");

    private FileErrors() {
    }
}
