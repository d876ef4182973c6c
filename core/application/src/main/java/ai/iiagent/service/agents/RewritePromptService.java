package ai.iiagent.service.agents;

import ai.iiagent.port.in.agents.RewritePrompt;
import ai.iiagent.port.in.agents.RewritePromptUseCase;
import ai.iiagent.port.in.agents.RewrittenPrompt;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.agents.engine.ModelSelection;

/** {@code POST /v1/enhance-prompt}: the same billed call as {@code enhance_prompt}, answered to the caller. */
public final class RewritePromptService implements RewritePromptUseCase {

    private final ModelSelection models;
    private final BillableExecutor billable;

    public RewritePromptService(ModelCatalogPort models, ResolveModelCredentialsUseCase modelSettings,
                                BillableExecutor billable) {
        this.models = new ModelSelection(models, modelSettings);
        this.billable = billable;
    }

    @Override
    public RewrittenPrompt rewrite(RewritePrompt command) {
        ResolvedModel model = models.resolve(command.caller(), command.modelId());
        return PromptEnhancer.rewrite(billable, command.caller().userId(), null, model, command.prompt(),
                command.context());
    }
}
