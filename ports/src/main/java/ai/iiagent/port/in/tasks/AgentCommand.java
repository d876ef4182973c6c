package ai.iiagent.port.in.tasks;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A command that starts or steers an agent run ({@code query}, {@code plan}, {@code continue_run},
 * {@code start_fork}, {@code save_env}, ...), with its payload as sent (reference §4.2). A {@code save_env}
 * payload holds secret values: it is never logged or stored as it is.
 */
public record AgentCommand(Identity owner, SessionId sessionId, AgentCommandKind kind, Map<String, Object> payload) {

    public AgentCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(kind, "kind");
        // JSON payloads may hold nulls, which Map.copyOf refuses.
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
