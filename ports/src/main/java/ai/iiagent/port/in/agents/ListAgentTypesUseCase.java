package ai.iiagent.port.in.agents;

import ai.iiagent.domain.agents.AgentType;
import java.util.List;

/** The agent types a signed-in user can pick from, available or not (an unavailable one says why). */
public interface ListAgentTypesUseCase {

    /** @return every type of the catalogue, in the order the product presents them */
    List<AgentType> list();
}
