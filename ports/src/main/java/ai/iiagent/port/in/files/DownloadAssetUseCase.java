package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.RangeNotSatisfiableException;

/**
 * Opens the caller's ready asset for streaming, whole or one byte range. The caller closes the content.
 *
 * @throws AssetNotFoundException       unknown, pending or someone else's asset
 * @throws RangeNotSatisfiableException range outside the object
 */
public interface DownloadAssetUseCase {

    AssetContent download(DownloadAssetQuery query);
}
