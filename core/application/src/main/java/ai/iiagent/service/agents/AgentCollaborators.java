package ai.iiagent.service.agents;

import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.RecordAgentTypeUseCase;
import ai.iiagent.port.in.sessions.TitleSessionFromFirstQueryUseCase;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.port.out.agents.SessionSecretRepository;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpToolsPort;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.ToolPrices;
import java.util.List;
import java.util.Objects;

/**
 * Everything the agent runtime works with, handed over by the wiring in one piece. {@code tools} is
 * every tool the wiring offers; each run gets the ones for its model's family ({@link ModelToolSets}),
 * and the user's MCP servers ({@code mcpServers} through {@code mcp}) per run.
 */
public record AgentCollaborators(GetSessionUseCase sessions, TitleSessionFromFirstQueryUseCase titles,
                                 UpdateSessionPlanUseCase plans, UpdateMilestoneStatusUseCase milestones,
                                 PublishSessionEventsUseCase events, GetCreditBalanceUseCase balance,
                                 ClaimRunUseCase claimRun, MoveRunUseCase moveRun, GetLatestRunUseCase latestRun, RunCancellationSignal cancellation,
                                 ModelCatalogPort models, ResolveModelCredentialsUseCase modelSettings,
                                 AgentMemoryRepository memory, BillableExecutor billable,
                                 SessionSecretRepository sessionSecrets, SecretCipherPort cipher,
                                 List<AgentTool> tools, ShareSessionFileUseCase sharedFiles, ListSkillsUseCase skills,
                                 ResolveMcpServersUseCase mcpServers, McpToolsPort mcp,
                                 RecordAgentTypeUseCase agentTypes) {

    public AgentCollaborators {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(milestones, "milestones");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(claimRun, "claimRun");
        Objects.requireNonNull(moveRun, "moveRun");
        Objects.requireNonNull(latestRun, "latestRun");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(modelSettings, "modelSettings");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(billable, "billable");
        Objects.requireNonNull(sharedFiles, "sharedFiles");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(sessionSecrets, "sessionSecrets");
        Objects.requireNonNull(cipher, "cipher");
        tools = List.copyOf(tools);
        ToolPrices.requirePriced(tools); // an unpriced tool stops the start-up, it never runs unreserved
        Objects.requireNonNull(mcpServers, "mcpServers");
        Objects.requireNonNull(mcp, "mcp");
        Objects.requireNonNull(agentTypes, "agentTypes");
    }
}
