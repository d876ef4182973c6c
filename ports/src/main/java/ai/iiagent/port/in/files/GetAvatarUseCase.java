package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;

/**
 * The caller's current (newest) avatar with a signed URL.
 *
 * @throws AssetNotFoundException when none was uploaded
 */
public interface GetAvatarUseCase {

    StoredAsset get(GetAvatarQuery query);
}
