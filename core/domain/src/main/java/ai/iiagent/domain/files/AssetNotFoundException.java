package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.NotFoundException;

/** No such asset for this caller (another user's asset gets the same answer). */
public final class AssetNotFoundException extends NotFoundException {

    public AssetNotFoundException(AssetId id) {
        super(ErrorCode.of("asset_not_found"), "asset " + id + " not found");
    }

    public AssetNotFoundException(String what) {
        super(ErrorCode.of("asset_not_found"), what + " not found");
    }
}
