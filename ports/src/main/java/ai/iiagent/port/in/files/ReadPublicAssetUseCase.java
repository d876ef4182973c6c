package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.sessions.SessionNotFoundException;

/**
 * Opens an asset for anyone, but only when its session is public and the asset is linked to it.
 *
 * @throws SessionNotFoundException private, deleted or unknown session
 * @throws AssetNotFoundException   asset not ready or not linked to that session
 */
public interface ReadPublicAssetUseCase {

    AssetContent read(ReadPublicAssetQuery query);
}
