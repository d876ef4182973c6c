package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/** Owner and 1 to 50 session ids. */
public record BulkDeleteSessionsCommand(Identity owner, List<SessionId> sessionIds) {

    public static final int MAX_IDS = 50;

    public BulkDeleteSessionsCommand {
        Objects.requireNonNull(owner, "owner");
        if (sessionIds == null || sessionIds.isEmpty() || sessionIds.size() > MAX_IDS) {
            throw new ValidationException(ErrorCode.of("invalid_session_ids"), "send 1 to 50 session ids");
        }
        sessionIds = List.copyOf(sessionIds);
    }
}
