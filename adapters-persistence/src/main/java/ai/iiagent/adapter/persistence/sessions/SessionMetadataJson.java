package ai.iiagent.adapter.persistence.sessions;

import ai.iiagent.domain.sessions.ForkContext;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.ForkType;
import ai.iiagent.domain.sessions.SandboxMode;
import ai.iiagent.domain.sessions.SessionId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code sessions.session_metadata} document: {@code {"fork_info": {...}}} in the original
 * system's key names, spelled out here so the stored shape does not follow the wire's settings.
 */
@ApplicationScoped
public class SessionMetadataJson {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoredMetadata(@JsonProperty("fork_info") StoredForkInfo forkInfo) {
    }

    record StoredForkInfo(@JsonProperty("fork_type") String forkType,
                          @JsonProperty("parent_session_id") UUID parentSessionId,
                          @JsonProperty("parent_agent_type") String parentAgentType,
                          @JsonProperty("context") StoredContext context,
                          @JsonProperty("forked_at") String forkedAt,
                          @JsonProperty("sandbox_mode") String sandboxMode) {
    }

    record StoredContext(@JsonProperty("attachments") List<String> attachments,
                         @JsonProperty("additional_instruction") String additionalInstruction) {
    }

    private final ObjectMapper json;

    public SessionMetadataJson(ObjectMapper json) {
        // Later features add keys (title_pending, advanced mode): reading must not choke on them.
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ForkInfo toForkInfo(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return null;
        }
        try {
            StoredForkInfo fork = json.readValue(metadata, StoredMetadata.class).forkInfo();
            return fork == null ? null : new ForkInfo(ForkType.fromCode(fork.forkType()),
                    new SessionId(fork.parentSessionId()), fork.parentAgentType(),
                    new ForkContext(fork.context().attachments(), fork.context().additionalInstruction()),
                    Instant.parse(fork.forkedAt()), SandboxMode.fromCode(fork.sandboxMode()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable session_metadata", e);
        }
    }

    public String toMetadata(ForkInfo fork) {
        if (fork == null) {
            return null;
        }
        StoredForkInfo stored = new StoredForkInfo(fork.forkType().code(), fork.parentSessionId().value(),
                fork.parentAgentType(), new StoredContext(fork.context().attachments(),
                fork.context().additionalInstruction()), fork.forkedAt().toString(), fork.sandboxMode().code());
        try {
            return json.writeValueAsString(new StoredMetadata(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fork_info not serialisable", e);
        }
    }
}
