package ai.iiagent.port.in.files;

import ai.iiagent.domain.files.AssetNotFoundException;
import ai.iiagent.domain.files.InvalidSignatureException;
import ai.iiagent.domain.files.SignedUrlExpiredException;
import ai.iiagent.domain.files.UploadSizeMismatchException;

/**
 * Stores the body of a signed upload URL (the local store's own upload endpoint): checks signature
 * and expiry, that a pending asset owns the key, and that the body has exactly the declared size.
 *
 * @throws InvalidSignatureException   tampered URL, or the store does not serve signed URLs itself
 * @throws SignedUrlExpiredException   after the URL's expiry
 * @throws AssetNotFoundException      no pending asset under that key
 * @throws UploadSizeMismatchException body shorter or longer than declared
 */
public interface ReceiveSignedUploadUseCase {

    void receive(ReceiveSignedUploadCommand command);
}
