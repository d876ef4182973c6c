package ai.iiagent.domain.agents;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** A run asked for an agent type this product does not have. */
public final class AgentTypeUnknownException extends ValidationException {

    public static final ErrorCode CODE = ErrorCode.of("agent_type_unknown");

    public AgentTypeUnknownException(String id) {
        super(CODE, "there is no agent type '" + id + "'; GET /v1/agent-types lists them");
    }
}
