package ai.iiagent.adapter.http.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the sessions API (snake_case on the wire). */
public final class SessionWire {

    private SessionWire() {
    }

    public record CreateSessionRequest(String name, String agentType, String sessionType) {
    }

    public record UpdateSessionRequest(String name) {
    }

    public record BulkDeleteRequest(List<String> sessionIds) {
    }

    public record ForkContextBody(List<String> attachments, String additionalInstruction) {
    }

    public record ForkRequestBody(String forkType, String sandboxMode, ForkContextBody context, UUID modelSettingId) {
    }

    public record ForkResponse(UUID sessionId, UUID parentSessionId, String name, String agentType, String sandboxMode,
                               UUID modelSettingId) {
    }

    /**
     * The original system's SessionInfo. {@code session_metadata} carries {@code plan} and
     * {@code fork_info} when the session has them (null when neither); fields owned by later
     * features (token usage, settings, workspace) are null until those features fill them; {@code project_id}
     * is the session's project (docs/projects.md), null without one.
     */
    public record SessionInfo(UUID id, UUID userId, String apiVersion, String name, String status, String workspaceDir,
                              boolean isPublic, String publicUrl, Object tokenUsage, Object settings, UUID projectId,
                              Instant createdAt, Instant updatedAt, Instant lastMessageAt, String agentType,
                              String appKind, boolean titlePending, UUID modelSettingId,
                              Map<String, Object> sessionMetadata) {
    }

    /** The same session info with its project's id (not a record method: MapStruct would take it for a setter). */
    static SessionInfo withProject(SessionInfo i, UUID project) {
        return new SessionInfo(i.id(), i.userId(), i.apiVersion(), i.name(), i.status(), i.workspaceDir(), i.isPublic(),
                i.publicUrl(), i.tokenUsage(), i.settings(), project, i.createdAt(), i.updatedAt(), i.lastMessageAt(),
                i.agentType(), i.appKind(), i.titlePending(), i.modelSettingId(), i.sessionMetadata());
    }

    public record SessionListResponse(List<SessionInfo> sessions, long total, int page, int perPage) {
    }

    public record BulkDeleteResponse(List<UUID> deletedIds, List<UUID> failedIds) {
    }

    public record MessageResponse(String message) {
    }

    /** The event envelope of docs/protocol/events.md, plus the original replay endpoint's aliases. */
    public record EventEnvelope(int v, long seq, UUID id, String group, String name, UUID sessionId, UUID runId,
                                Instant timestamp, @JsonProperty("transient") boolean transientEvent,
                                Map<String, Object> content,
                                String eventType, Instant createdAt) {
    }

    public record EventListResponse(List<EventEnvelope> events, String runStatus, long lastSeq) {
    }
}
