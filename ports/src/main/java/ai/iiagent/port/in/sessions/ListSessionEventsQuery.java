package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Objects;

/** Events of a session with seq greater than {@code afterSeq}, at most {@code limit} (1 to 1000). */
public record ListSessionEventsQuery(SessionQuery session, long afterSeq, int limit) {

    public static final int MAX_LIMIT = 1000;

    public ListSessionEventsQuery {
        Objects.requireNonNull(session, "session");
        if (afterSeq < 0) {
            throw new ValidationException(ErrorCode.of("invalid_after_seq"), "after_seq must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(ErrorCode.of("invalid_limit"), "limit must be between 1 and 1000");
        }
    }
}
