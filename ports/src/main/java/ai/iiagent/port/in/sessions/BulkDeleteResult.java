package ai.iiagent.port.in.sessions;

import ai.iiagent.domain.sessions.SessionId;
import java.util.List;

/** Which sessions were deleted, and which were not (unknown, not the caller's, already deleted). */
public record BulkDeleteResult(List<SessionId> deletedIds, List<SessionId> failedIds) {

    public BulkDeleteResult {
        deletedIds = List.copyOf(deletedIds);
        failedIds = List.copyOf(failedIds);
    }
}
