package ai.iiagent.service.agents;

import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.List;
import java.util.Objects;

/** What a run's sub-agent tools are made of: the sub-agents' ports, the run settings, their limits and profiles. */
public record SubAgentSetup(SubAgentPorts ports, AgentSettings settings, SubAgentSettings limits, SubAgentProfiles profiles) {

    public SubAgentSetup {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(profiles, "profiles");
    }

    /** {@code sub_agent_task} and {@code sub_agent_task_all} for a top-level run whose own tools are {@code tools}. */
    List<AgentTool> tools(Identity owner, ResolvedModel model, List<AgentTool> tools) {
        return new SubAgents(ports, settings, limits, profiles, owner, model, tools, 0, null).tools();
    }
}
