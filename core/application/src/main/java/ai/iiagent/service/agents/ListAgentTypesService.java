package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.port.in.agents.ListAgentTypesUseCase;
import java.util.List;

/** The catalogue as this server can run it: the same for every user. */
public final class ListAgentTypesService implements ListAgentTypesUseCase {

    private final AgentTypeAvailability availability;

    public ListAgentTypesService(AgentTypeAvailability availability) {
        this.availability = availability;
    }

    @Override
    public List<AgentType> list() {
        return availability.all();
    }
}
