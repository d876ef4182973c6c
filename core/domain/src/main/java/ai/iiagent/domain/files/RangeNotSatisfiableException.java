package ai.iiagent.domain.files;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** The requested range lies outside the object (HTTP answers 416 with {@code Content-Range: bytes *}/size). */
public final class RangeNotSatisfiableException extends ValidationException {

    private final long size;

    public RangeNotSatisfiableException(long size) {
        super(ErrorCode.of("range_not_satisfiable"), "the requested range is outside the " + size + " byte object");
        this.size = size;
    }

    public long size() {
        return size;
    }
}
