package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.sessions.RecordAgentTypeCommand;
import ai.iiagent.port.in.sessions.RecordAgentTypeUseCase;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one place a run's agent type is chosen and turned into its system prompt and tool set. A
 * query or plan may name a type ({@code agent_type}); otherwise the session's stored type is used
 * (new sessions store {@code general}). Unknown and unavailable types are refused before anything
 * is claimed, run or billed.
 */
public final class RunTypes {

    private static final Logger LOG = Logger.getLogger(RunTypes.class.getName());

    private final RecordAgentTypeUseCase record;
    private final String operatorInstructions;
    private final AgentTypeAvailability availability;

    public RunTypes(RecordAgentTypeUseCase record, String operatorInstructions, AgentTypeAvailability availability) {
        this.record = record;
        this.availability = availability;
        this.operatorInstructions = operatorInstructions == null ? "" : operatorInstructions.strip();
    }

    /** The type a starting run uses: the one it names, else the session's. */
    AgentType choose(Session session, String requested) {
        return availability.runnable(requested == null || requested.isBlank() ? session.snapshot().agentType() : requested);
    }

    /** Stores the type of a run that started (once its run is claimed) when it differs from the session's. */
    void remember(Identity owner, Session session, AgentType type) {
        if (!type.id().equals(session.snapshot().agentType())) {
            record.record(new RecordAgentTypeCommand(owner, session.id(), type.id()));
        }
    }

    /** The type a paused run of the session goes on with. */
    AgentType ofSession(Session session) {
        return availability.runnable(session.snapshot().agentType());
    }

    /** The type's prompt, then the operator's own instructions when configured. */
    String systemPrompt(AgentType type) {
        return operatorInstructions.isEmpty() ? type.systemPrompt() : type.systemPrompt() + "\n\n" + operatorInstructions;
    }

    List<AgentTool> tools(AgentType type, List<AgentTool> registered, ResolvedModel model) {
        AgentTypeTools.Selection selection = AgentTypeTools.select(type, registered, model);
        if (!selection.missing().isEmpty()) {
            LOG.fine(() -> "agent type " + type.id() + " runs without tools this server does not have yet: "
                    + selection.missing());
        }
        return selection.tools();
    }
}
