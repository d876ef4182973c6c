package ai.iiagent.domain.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One export of a deck (PDF, a ZIP of PNGs or of HTML), recorded while it runs so an export cut
 * short by a restart is found and failed (its credit hold released) instead of left running.
 *
 * @param reservationId the credit hold the export runs under (null until taken)
 */
public record SlideExport(UUID id, UserId owner, SessionId sessionId, String presentationName, SlideExportFormat format,
                          Status status, int slides, UUID reservationId, String error, Instant startedAt,
                          Instant finishedAt) {

    public enum Status { RUNNING, DONE, FAILED }

    public SlideExport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
