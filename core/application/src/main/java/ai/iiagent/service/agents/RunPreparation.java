package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.agents.engine.ModelSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * What starting and resuming a run both read before anything is claimed: the caller's own session,
 * its agent type and conversation, the model and the run's tools.
 */
public final class RunPreparation {

    private final GetSessionUseCase sessions;
    private final AgentMemoryRepository memory;
    private final RunTypes types;
    private final ModelSelection models;
    private final RunCatalogs catalogs;

    public RunPreparation(GetSessionUseCase sessions, AgentMemoryRepository memory, RunTypes types,
                          ModelSelection models, RunCatalogs catalogs) {
        this.sessions = sessions;
        this.memory = memory;
        this.types = types;
        this.models = models;
        this.catalogs = catalogs;
    }

    Session owned(RunStart command) {
        Session session = sessions.get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId());
        }
        return session;
    }

    SessionPlan plan(RunStart command, Session session) {
        return sessions.get(new SessionQuery(command.owner(), session.id())).plan();
    }

    RunTypes types() {
        return types;
    }

    ResolvedModel model(RunStart command) {
        return models.resolve(command.owner(), command.modelId());
    }

    /** The type's system prompt, then the session's conversation. */
    List<Message> history(Session session, AgentType type) {
        List<Message> history = new ArrayList<>();
        history.add(Message.system(types.systemPrompt(type)));
        history.addAll(memory.history(session.id()));
        return history;
    }

    ToolCatalog catalog(RunStart command, ResolvedModel model, AgentType type) {
        return catalogs.forRun(command.owner(), command.autoApprove(), model, type);
    }
}
