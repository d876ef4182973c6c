package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.service.metering.ToolPrices;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes each agent run's tool catalog. {@code tools} is every tool the server offers; a run gets its
 * agent type's ones for its model's family ({@link ModelToolSets}), {@code Skill} when the user has
 * enabled skills, the type's sub-agent tools and the user's MCP servers (opened per run).
 */
public final class RunCatalogs {

    private final List<AgentTool> tools;
    private final RunTypes types;
    private final ListSkillsUseCase skills;
    private final SubAgentSetup subAgents;
    private final RunMcpPorts mcp;
    private final SkillFiles skillFiles;

    public RunCatalogs(List<AgentTool> tools, RunTypes types, ListSkillsUseCase skills, SubAgentSetup subAgents,
                       RunMcpPorts mcp, SkillFiles skillFiles) {
        this.tools = List.copyOf(tools);
        ToolPrices.requirePriced(this.tools); // an unpriced tool stops the start-up, it never runs unreserved
        this.types = types;
        this.skills = skills;
        this.subAgents = subAgents;
        this.mcp = mcp;
        this.skillFiles = skillFiles;
    }

    /** The type's tools for the model's family, plus {@code Skill} when the user has enabled skills, plus the user's MCP tools. */
    ToolCatalog forRun(Identity owner, boolean autoApprove, ResolvedModel model, AgentType type) {
        List<AgentTool> chosen = new ArrayList<>(types.tools(type, tools, model));
        chosen.addAll(SkillTool.forSkills(skills.list(new ListSkillsQuery(owner, true)), skillFiles));
        subAgents.tools(owner, model, chosen).stream()
                .filter(tool -> type.tools().contains(tool.spec().name())) // deep_research's (docs/agents.md#agent-types)
                .forEach(chosen::add); // sub_agent_task, sub_agent_task_all (docs/agents.md#sub-agents)
        return new ToolCatalog(chosen, autoApprove, new RunMcpTools(mcp, owner));
    }
}
