package ai.iiagent.adapter.http.sessions;

import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.SessionPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code SessionInfo.session_metadata} in the original system's keys: {@code plan}, {@code fork_info}. */
final class SessionMetadataWire {

    private SessionMetadataWire() {
    }

    /** @return null when the session has neither a plan nor a fork origin, as in the original */
    static Map<String, Object> of(ForkInfo fork, SessionPlan plan) {
        if (fork == null && plan == null) {
            return null;
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (plan != null) {
            metadata.put("plan", plan(plan));
        }
        if (fork != null) {
            metadata.put("fork_info", fork(fork));
        }
        return metadata;
    }

    private static Map<String, Object> plan(SessionPlan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("summary", plan.summary());
        json.put("milestones", plan.milestones().stream().map(SessionMetadataWire::milestone).toList());
        return json;
    }

    private static Map<String, Object> milestone(Milestone milestone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", milestone.id());
        json.put("content", milestone.content());
        json.put("status", milestone.status().code());
        json.put("details", milestone.details());
        json.put("dependencies", milestone.dependencies());
        return json;
    }

    private static Map<String, Object> fork(ForkInfo fork) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("attachments", fork.context().attachments());
        context.put("additional_instruction", fork.context().additionalInstruction());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fork_type", fork.forkType().code());
        json.put("parent_session_id", fork.parentSessionId().toString());
        json.put("parent_agent_type", fork.parentAgentType());
        json.put("context", context);
        json.put("forked_at", fork.forkedAt().toString());
        json.put("sandbox_mode", fork.sandboxMode().code());
        return json;
    }
}
