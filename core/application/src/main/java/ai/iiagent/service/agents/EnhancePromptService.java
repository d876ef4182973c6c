package ai.iiagent.service.agents;

import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.port.in.agents.EnhancePrompt;
import ai.iiagent.port.in.agents.EnhancePromptUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.agents.engine.ModelSelection;
import java.util.concurrent.Executor;

/**
 * {@code enhance_prompt}: the session and the model are checked on the caller's thread (errors reach
 * the caller); the billed model call runs on its own thread and answers with an event.
 */
public final class EnhancePromptService implements EnhancePromptUseCase {

    private final GetSessionUseCase sessions;
    private final ModelSelection models;
    private final BillableExecutor billable;
    private final PublishSessionEventsUseCase events;
    private final RunEventEncoding encoding;
    private final Executor calls;

    public EnhancePromptService(GetSessionUseCase sessions, ModelCatalogPort models,
                                ResolveModelCredentialsUseCase modelSettings, BillableExecutor billable,
                                PublishSessionEventsUseCase events, RunEventEncoding encoding, Executor calls) {
        this.sessions = sessions;
        this.models = new ModelSelection(models, modelSettings);
        this.billable = billable;
        this.events = events;
        this.encoding = encoding;
        this.calls = calls;
    }

    @Override
    public void enhance(EnhancePrompt command) {
        Session session = sessions.get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId());
        }
        ResolvedModel model = models.resolve(command.owner(), command.modelId());
        RunEvents runless = new RunEvents(events, encoding, session.id(), null);
        calls.execute(() -> PromptEnhancer.enhance(billable, runless, command.owner().userId(), model, command.text()));
    }
}
