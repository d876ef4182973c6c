package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.Objects;

/** Client-visible events of a session after {@code afterSeq}, at most {@code limit} (0 asks only for the latest seq). */
public record ReadDeliverableEventsQuery(SessionId sessionId, long afterSeq, int limit) {

    public static final int MAX_LIMIT = 1000;

    public ReadDeliverableEventsQuery {
        Objects.requireNonNull(sessionId, "sessionId");
        if (afterSeq < 0) {
            throw new ValidationException(ErrorCode.of("invalid_after_seq"), "last_seq must be 0 or more");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new ValidationException(ErrorCode.of("invalid_limit"), "limit must be between 0 and 1000");
        }
    }
}
