package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.InvalidSignatureException;
import ai.iiagent.domain.files.RangeNotSatisfiableException;
import ai.iiagent.domain.files.SignedUrlExpiredException;

/**
 * Serves a signed download URL of the local store: checks signature and expiry, then opens the
 * ready asset stored under the key.
 *
 * @throws InvalidSignatureException    tampered URL
 * @throws SignedUrlExpiredException    after expiry
 * @throws AssetNotFoundException       nothing ready under that key
 * @throws RangeNotSatisfiableException range outside the object
 */
public interface ReadSignedObjectUseCase {

    AssetContent read(ReadSignedObjectQuery query);
}
