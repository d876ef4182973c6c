package ai.iiagent.port.out.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * A durable job as last recorded: its state, how many tries started, its progress ({@code done} of {@code total}
 * steps, with a short note) and, when it failed, why.
 */
public record JobStatus(
        JobId id,
        String kind,
        String subject,
        JobState state,
        int attempts,
        int done,
        int total,
        String note,
        Optional<String> error,
        boolean cancelRequested,
        Instant createdAt,
        Instant updatedAt) {
}
