package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.AgentTypeUnavailableException;
import ai.iiagent.domain.agents.AgentTypes;
import ai.iiagent.domain.integrations.CodingCli;
import ai.iiagent.port.out.integrations.CodingCliPort;
import java.util.List;

/**
 * The catalogue as this server can run it: a type that drives a coding CLI ({@code codex},
 * {@code claude_code}) is unavailable, with the reason, when the CLI cannot be installed or run here.
 */
public final class AgentTypeAvailability {

    private final CodingCliPort clis;

    public AgentTypeAvailability(CodingCliPort clis) {
        this.clis = clis;
    }

    /** Every type with its availability on this server. */
    public List<AgentType> all() {
        return AgentTypes.all().stream().map(this::onThisServer).toList();
    }

    /**
     * The type a run may use (the default when none is named).
     *
     * @throws ai.iiagent.domain.agents.AgentTypeUnknownException when there is no such type
     * @throws AgentTypeUnavailableException when it cannot run here
     */
    public AgentType runnable(String id) {
        AgentType type = onThisServer(AgentTypes.runnable(id));
        if (!type.available()) {
            throw new AgentTypeUnavailableException(type);
        }
        return type;
    }

    private AgentType onThisServer(AgentType type) {
        if (!type.available()) {
            return type;
        }
        return CodingCli.forAgentType(type.id()).flatMap(clis::unavailableReason).map(type::unavailable).orElse(type);
    }
}
