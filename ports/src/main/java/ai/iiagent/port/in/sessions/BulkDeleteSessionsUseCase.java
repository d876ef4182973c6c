package ai.iiagent.port.in.sessions;

/** Soft-deletes 1 to 50 of the caller's sessions; reports which ids were deleted and which not. */
public interface BulkDeleteSessionsUseCase {

    BulkDeleteResult delete(BulkDeleteSessionsCommand command);
}
