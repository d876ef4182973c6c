package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.sessions.events.SessionNotice;
import ai.iiagent.domain.sessions.events.SessionNotice.Forked;
import ai.iiagent.domain.sessions.events.SessionNotice.MilestoneUpdated;
import ai.iiagent.domain.sessions.events.SessionNotice.NoWorkspaceYet;
import ai.iiagent.domain.sessions.events.SessionNotice.RunInterrupted;
import ai.iiagent.domain.sessions.events.SessionNotice.RunStreamCompleted;
import ai.iiagent.domain.sessions.events.SessionNotice.SandboxStatusChanged;
import ai.iiagent.port.out.sessions.SessionNoticeEncoding;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link SessionNotice}s in the protocol's names and content keys: the one place they are spelled.
 * Content keeps the order the original sends; a run's events carry its {@code run_id} last.
 */
@ApplicationScoped
public class SessionNoticeJson implements SessionNoticeEncoding {

    private static final String MESSAGE = "message";
    private static final String RUN_ID = "run_id";

    @Override
    public Encoded encode(UUID runId, SessionNotice event) {
        Map<String, Object> content = new LinkedHashMap<>();
        EventName name = switch (event) {
            case Forked e -> {
                forked(content, e.fork());
                yield EventName.SESSION_FORKED;
            }
            case NoWorkspaceYet e -> {
                content.put("workspace_path", "");
                content.put("sandbox_id", null);
                content.put("sandbox_status", "not_created");
                yield EventName.CONNECTION_WORKSPACE_INFO;
            }
            case MilestoneUpdated e -> {
                content.put("milestone_id", e.milestoneId());
                content.put("status", e.status().code());
                yield EventName.PLAN_MILESTONE_UPDATED;
            }
            case RunInterrupted e -> {
                content.put(MESSAGE, e.message());
                content.put("run_status", "failed"); // the run status the tasks feature names FAILED
                runId(content, runId);
                yield EventName.AGENT_RESPONSE_INTERRUPTED;
            }
            case RunStreamCompleted e -> {
                content.put(MESSAGE, "Stream complete");
                content.put("api_version", "v1");
                runId(content, runId);
                yield EventName.AGENT_STREAM_COMPLETE;
            }
            case SandboxStatusChanged e -> {
                content.put("status", e.status());
                content.put("sandbox_id", e.sandboxId());
                content.put("provider", e.provider());
                content.put("reason", e.reason());
                content.put("vscode_url", e.vscodeUrl());
                content.put("expires_at", e.expiresAt());
                yield EventName.SANDBOX_STATUS_CHANGED;
            }
        };
        return new Encoded(name, content);
    }

    private static void forked(Map<String, Object> content, ForkInfo fork) {
        content.put("source_session_id", fork.parentSessionId().toString());
        content.put("fork_type", fork.forkType().code());
        content.put("parent_agent_type", fork.parentAgentType());
        content.put("sandbox_mode", fork.sandboxMode().code());
        content.put("attachments", fork.context().attachments());
        content.put("additional_instruction", fork.context().additionalInstruction());
    }

    private static void runId(Map<String, Object> content, UUID runId) {
        if (runId != null) {
            content.put(RUN_ID, runId.toString());
        }
    }
}
