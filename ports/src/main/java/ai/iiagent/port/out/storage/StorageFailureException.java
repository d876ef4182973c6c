package ai.iiagent.port.out.storage;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.UpstreamFailureException;

/** The object store failed (I/O error, unreachable or refusing bucket); adapters log the cause. */
public final class StorageFailureException extends UpstreamFailureException {

    public StorageFailureException(String message) {
        super(ErrorCode.of("storage_failed"), message);
    }
}
