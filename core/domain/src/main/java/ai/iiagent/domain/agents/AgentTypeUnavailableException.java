package ai.iiagent.domain.agents;

import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;

/** A run asked for an agent type whose tools this server does not have yet. */
public final class AgentTypeUnavailableException extends ValidationException {

    public static final ErrorCode CODE = ErrorCode.of("agent_type_unavailable");

    public AgentTypeUnavailableException(AgentType type) {
        super(CODE, "the agent type '" + type.id() + "' is not available yet: " + type.unavailableReason());
    }
}
