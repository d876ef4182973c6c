package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.AgentTypes;
import ai.iiagent.port.in.agents.ListAgentTypesUseCase;
import java.util.List;

/** The catalogue as it is: the same for every user, so nothing to look up. */
public final class ListAgentTypesService implements ListAgentTypesUseCase {

    @Override
    public List<AgentType> list() {
        return AgentTypes.all();
    }
}
