package ai.iiagent.port.in.content;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.users.Identity;
import java.util.Objects;

/**
 * A reference picture for one of the owner's sessions: the prompt, and optionally its shape
 * ({@code "16:9"}), model and provider (null: the defaults).
 */
public record GenerateReferenceImageCommand(Identity owner, SessionId sessionId, String prompt, String aspectRatio,
                                            String model, String provider) {

    public GenerateReferenceImageCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
