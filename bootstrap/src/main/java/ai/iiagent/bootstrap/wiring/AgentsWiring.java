package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.llm.anthropic.AnthropicMessagesLlm;
import ai.iiagent.adapter.llm.anthropic.AnthropicSettings;
import ai.iiagent.adapter.llm.gemini.GeminiLlm;
import ai.iiagent.adapter.llm.gemini.GeminiSettings;
import ai.iiagent.adapter.llm.offline.OfflineScriptedLlm;
import ai.iiagent.adapter.llm.openai.OpenAiCompatibleLlm;
import ai.iiagent.adapter.llm.openai.OpenAiSettings;
import ai.iiagent.adapter.llm.routing.ConfiguredModelCatalog;
import ai.iiagent.adapter.llm.routing.ProviderRouterLlm;
import ai.iiagent.adapter.llm.routing.UserEndpointGuard;
import ai.iiagent.adapter.tools.sandbox.ApplyPatchTool;
import ai.iiagent.adapter.tools.sandbox.EditFileTool;
import ai.iiagent.adapter.tools.sandbox.GlobTool;
import ai.iiagent.adapter.tools.sandbox.GrepTool;
import ai.iiagent.adapter.tools.sandbox.ReadFileTool;
import ai.iiagent.adapter.tools.projects.RegisterPortTool;
import ai.iiagent.domain.settings.SkillPackageLimits;
import ai.iiagent.port.in.projects.PreviewUseCase;
import ai.iiagent.adapter.tools.sandbox.SendUserFilesTool;
import ai.iiagent.adapter.tools.sandbox.TextEditorTool;
import ai.iiagent.adapter.tools.sandbox.WriteFileTool;
import ai.iiagent.adapter.tools.shell.BashListTool;
import ai.iiagent.adapter.tools.shell.BashTool;
import ai.iiagent.adapter.tools.shell.BashViewTool;
import ai.iiagent.adapter.tools.shell.BashWriteToProcessTool;
import ai.iiagent.adapter.tools.todo.TodoWriteTool;
import ai.iiagent.adapter.tools.userinput.AskUserEnvTool;
import ai.iiagent.adapter.tools.userinput.AskUserSelectTool;
import ai.iiagent.bootstrap.config.AgentsConfig;
import ai.iiagent.bootstrap.config.AppConfig;
import ai.iiagent.domain.credits.PriceTable;
import ai.iiagent.port.in.agents.AnswerUserUseCase;
import ai.iiagent.port.in.agents.CancelRunUseCase;
import ai.iiagent.port.in.agents.ContinueRunUseCase;
import ai.iiagent.port.in.agents.EnhancePromptUseCase;
import ai.iiagent.port.in.agents.ListAgentTypesUseCase;
import ai.iiagent.port.in.agents.StartForkUseCase;
import ai.iiagent.port.in.agents.StartPlanUseCase;
import ai.iiagent.port.in.agents.StartQueryUseCase;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.files.ShareSessionFileUseCase;
import ai.iiagent.port.in.sessions.GetSessionUseCase;
import ai.iiagent.port.in.sessions.PublishSessionEventsUseCase;
import ai.iiagent.port.in.sessions.RecordAgentTypeUseCase;
import ai.iiagent.port.in.sessions.TitleSessionFromFirstQueryUseCase;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusUseCase;
import ai.iiagent.port.in.sessions.UpdateSessionPlanUseCase;
import ai.iiagent.port.in.settings.ListSkillsUseCase;
import ai.iiagent.port.in.settings.ResolveMcpServersUseCase;
import ai.iiagent.bootstrap.config.ConnectorsConfig;
import ai.iiagent.service.integrations.ConnectedMcpServers;
import ai.iiagent.service.integrations.ConnectorTokenAccess;
import ai.iiagent.port.in.settings.ResolveModelCredentialsUseCase;
import ai.iiagent.port.in.tasks.ClaimRunUseCase;
import ai.iiagent.port.in.tasks.GetLatestRunUseCase;
import ai.iiagent.port.in.tasks.MoveRunUseCase;
import ai.iiagent.port.out.agents.AgentMemoryRepository;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.agents.SessionSecretRepository;
import ai.iiagent.port.out.llm.ModelCatalogPort;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.documents.DocumentTextPort;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.secrets.SecretCipherPort;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.settings.SkillRepository;
import ai.iiagent.port.out.tasks.RunCancellationSignal;
import ai.iiagent.port.out.tasks.RunTaskRepository;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.McpToolsPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import ai.iiagent.service.agents.QueryAttachments;
import ai.iiagent.service.agents.QueryRepository;
import ai.iiagent.service.agents.AgentSettings;
import ai.iiagent.service.agents.AnswerUserService;
import ai.iiagent.service.agents.CancelRunService;
import ai.iiagent.service.agents.ContinueRunService;
import ai.iiagent.service.agents.EnhancePromptService;
import ai.iiagent.service.agents.ListAgentTypesService;
import ai.iiagent.service.agents.AgentTypeAvailability;
import ai.iiagent.service.agents.SkillFiles;
import ai.iiagent.service.agents.StartForkService;
import ai.iiagent.service.agents.StartPlanService;
import ai.iiagent.service.agents.RunCatalogs;
import ai.iiagent.service.agents.RunLoopPorts;
import ai.iiagent.service.agents.RunLoops;
import ai.iiagent.service.agents.RunMcpPorts;
import ai.iiagent.service.agents.RunPreparation;
import ai.iiagent.service.agents.RunResumer;
import ai.iiagent.service.agents.RunStartPorts;
import ai.iiagent.service.agents.RunStarter;
import ai.iiagent.service.agents.RunTypes;
import ai.iiagent.service.agents.SessionEnvironment;
import ai.iiagent.service.agents.SessionTitler;
import ai.iiagent.service.agents.StartQueryService;
import ai.iiagent.service.agents.SubAgentPorts;
import ai.iiagent.service.agents.SubAgentSetup;
import ai.iiagent.service.agents.SubAgentProfiles;
import ai.iiagent.service.agents.SubAgentSettings;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.port.in.agents.RewritePromptUseCase;
import ai.iiagent.service.agents.RewritePromptService;
import ai.iiagent.service.agents.engine.CreditNotifications;
import ai.iiagent.service.agents.engine.ModelSelection;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The agent use cases, the run pieces they share, their tools, the model providers and the metering path to them. */
@ApplicationScoped
public class AgentsWiring {

    private final ExecutorService runs = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("agent-run-", 0).factory());

    @Produces
    @Singleton
    LlmPort llm(AppConfig config, ObjectMapper json,
                @ConfigProperty(name = "app.user-settings.allow-private-base-urls", defaultValue = "false") boolean allowPrivate) {
        AgentsConfig agents = config.agents();
        OpenAiSettings openAi = new OpenAiSettings(agents.openaiBaseUrl(), agents.openaiApiKey().orElse(null),
                Duration.ofSeconds(10), agents.providerFirstByteTimeout(), agents.providerMaxAttempts(),
                agents.providerInitialBackoff(), Duration.ofSeconds(20), Duration.ofSeconds(90));
        AnthropicSettings anthropic = new AnthropicSettings(agents.anthropicBaseUrl(), agents.anthropicApiKey().orElse(null),
                Duration.ofSeconds(10), agents.providerFirstByteTimeout(), agents.providerMaxAttempts(),
                agents.providerInitialBackoff(), Duration.ofSeconds(20), 32_000, agents.anthropicThinkingBudget());
        GeminiSettings gemini = new GeminiSettings(agents.geminiBaseUrl(), agents.geminiApiKey().orElse(null),
                Duration.ofSeconds(10), agents.providerFirstByteTimeout(), agents.providerMaxAttempts(),
                agents.providerInitialBackoff(), Duration.ofSeconds(20), true, null);
        return new ProviderRouterLlm(Map.of(OfflineScriptedLlm.PROVIDER, new OfflineScriptedLlm(agents.offlineWordDelay()),
                "openai", new OpenAiCompatibleLlm(json, openAi), AnthropicMessagesLlm.PROVIDER,
                new AnthropicMessagesLlm(json, anthropic), GeminiLlm.PROVIDER, new GeminiLlm(json, gemini)),
                new UserEndpointGuard(allowPrivate));
    }

    @Produces
    @Singleton
    ModelCatalogPort models(AppConfig config, PriceTable prices) {
        AgentsConfig agents = config.agents();
        List<ConfiguredModelCatalog.SystemModel> configured = new ArrayList<>();
        agents.openaiApiKey().filter(key -> !key.isBlank()).ifPresent(key -> configured.add(new ConfiguredModelCatalog
                .SystemModel("openai", agents.openaiModel(), agents.openaiBaseUrl(), key, agents.openaiMaxOutputTokens(),
                agents.openaiContextWindow())));
        agents.anthropicApiKey().filter(key -> !key.isBlank()).ifPresent(key -> configured.add(new ConfiguredModelCatalog
                .SystemModel(AnthropicMessagesLlm.PROVIDER, agents.anthropicModel(), agents.anthropicBaseUrl(), key, 32_000,
                200_000)));
        agents.geminiApiKey().filter(key -> !key.isBlank()).ifPresent(key -> configured.add(new ConfiguredModelCatalog
                .SystemModel(GeminiLlm.PROVIDER, agents.geminiModel(), agents.geminiBaseUrl(), key, 32_000, 1_000_000)));
        return new ConfiguredModelCatalog(prices, configured, agents.defaultModel().filter(id -> !id.isBlank()),
                agents.offlineContextWindow());
    }

    @Produces
    @Singleton
    BillableExecutor billableExecutor(ReserveCreditsUseCase reserve, SettleReservationUseCase settle,
                                      ReleaseReservationUseCase release, LlmPort llm, PublishSessionEventsUseCase events,
                                      RunCancellationSignal cancellation, UnitOfWork unitOfWork,
                                      RunEventEncoding encoding) {
        return new BillableExecutor(reserve, settle, release, llm, new CreditNotifications(events, cancellation, encoding),
                unitOfWork);
    }

    // ---- the pieces the agent use cases share (docs/architecture.md: one service per use case) ----

    @Produces
    @Singleton
    AgentSettings agentSettings(AppConfig config) {
        AgentsConfig agents = config.agents();
        AgentSettings.Titles naming = new AgentSettings.Titles(agents.titlesFromModel(), agents.titleModel().orElse(null),
                agents.titleTimeout());
        return new AgentSettings(agents.maxTurns(), agents.loopThreshold(), agents.maxToolOutputChars(),
                agents.systemPrompt().orElse(""), agents.compactionRatio(), naming);
    }

    @Produces
    @Singleton
    ModelSelection modelSelection(ModelCatalogPort models, ResolveModelCredentialsUseCase modelSettings) {
        return new ModelSelection(models, modelSettings);
    }

    @Produces
    @Singleton
    SessionEnvironment sessionEnvironment(SessionSecretRepository sessionSecrets, SecretCipherPort cipher) {
        return new SessionEnvironment(sessionSecrets, cipher);
    }

    @Produces
    @Singleton
    RunTypes runTypes(RecordAgentTypeUseCase agentTypes, AgentSettings settings, AgentTypeAvailability availability) {
        return new RunTypes(agentTypes, settings.systemPrompt(), availability);
    }

    @Produces
    @Singleton
    SubAgentSetup subAgentSetup(BillableExecutor billable, RunCancellationSignal cancellation,
                                PublishSessionEventsUseCase events, RunEventEncoding encoding,
                                SessionSecretRepository sessionSecrets, SecretCipherPort cipher,
                                ShareSessionFileUseCase sharedFiles, AgentSettings settings, AppConfig config) {
        SubAgentPorts ports = new SubAgentPorts(billable, cancellation, events, encoding, sessionSecrets, cipher, sharedFiles);
        return new SubAgentSetup(ports, settings, subAgentLimits(config.agents().subAgents()), SubAgentProfiles.BUILT_IN);
    }

    private static SubAgentSettings subAgentLimits(AgentsConfig.SubAgents subAgents) {
        return new SubAgentSettings(subAgents.maxDepth(), subAgents.maxTurns(), subAgents.maxParallel(),
                subAgents.maxTasks(), subAgents.timeout());
    }

    @Produces
    @Singleton
    RunCatalogs runCatalogs(SandboxPort sandbox, SandboxShellPort shells, DocumentTextPort documents,
                            WebToolsWiring.WebTools web, MediaWiring.MediaTools media, RunTypes types, ListSkillsUseCase skills, SubAgentSetup subAgents,
                            RunMcpPorts mcp, BrowserWiring.BrowserTools browser,
                            PreviewUseCase previews, ProjectsWiring.ProjectTools projects,
                            SlidesWiring.SlideTools slides, SkillRepository skillRepository,
                            SkillPackageLimits skillLimits, CodingClisWiring.CodingCliTools codingClis) {
        // Every tool; each run gets its agent type's set for its model's family (service.agents.RunTypes, docs/agents.md).
        List<AgentTool> tools = new ArrayList<>(List.of(new TodoWriteTool(), new AskUserSelectTool(), new AskUserEnvTool(),
                new BashTool(shells), new BashViewTool(shells), new BashListTool(shells), new BashWriteToProcessTool(shells),
                new ReadFileTool(sandbox, documents), new GrepTool(sandbox), new GlobTool(sandbox),
                new WriteFileTool(sandbox), new EditFileTool(sandbox),
                new ApplyPatchTool(sandbox), new TextEditorTool(sandbox), new SendUserFilesTool(sandbox),
                new RegisterPortTool((owner, session, port) -> previews.open(owner, session, port).url())));
        tools.addAll(web.tools()); // web_search / image_search when a provider is configured, web_visit (docs/tools-web.md)
        tools.addAll(browser.tools()); // browser_* on the Debian Chromium behind the egress proxy (docs/tools-web.md)
        tools.addAll(media.tools()); // generate_image, generate_video, generate_speech (docs/media.md)
        tools.addAll(projects.tools()); // fullstack_project_init and the other dev tools (docs/projects.md)
        tools.addAll(slides.tools()); // SlideWrite, SlideEdit, slide_apply_patch, SlideGenerate (docs/slides.md)
        tools.addAll(codingClis.tools()); // codex, claude_code: the CLIs in the sandbox (docs/connectors.md)
        // an uploaded skill's package files land in /workspace/.skills/<name> when the skill is loaded
        return new RunCatalogs(tools, types, skills, subAgents, mcp, new SkillFiles(skillRepository, sandbox::writeFile, skillLimits));
    }

    @Produces
    @Singleton
    RunMcpPorts runMcpPorts(ResolveMcpServersUseCase mcpServers, ConnectorTokenAccess connectorTokens,
                            ConnectorsConfig connectors, McpToolsPort mcp, BillableExecutor billable) {
        // connected accounts bring their providers' MCP servers (RevenueCat) on a freshly refreshed token
        return new RunMcpPorts(new ConnectedMcpServers(mcpServers, connectorTokens, connectors.revenuecat().mcpUrl()),
                mcp, billable);
    }

    @Produces
    @Singleton
    RunPreparation runPreparation(GetSessionUseCase sessions, AgentMemoryRepository memory, RunTypes types,
                                  ModelSelection models, RunCatalogs catalogs) {
        return new RunPreparation(sessions, memory, types, models, catalogs);
    }

    @Produces
    @Singleton
    RunLoopPorts runLoopPorts(BillableExecutor billable, AgentMemoryRepository memory, MoveRunUseCase move,
                              RunCancellationSignal cancellation, GetCreditBalanceUseCase balance,
                              ShareSessionFileUseCase sharedFiles, SessionEnvironment environment,
                              UnitOfWork unitOfWork) {
        return new RunLoopPorts(billable, memory, move, cancellation, balance, sharedFiles, environment, unitOfWork);
    }

    @Produces
    @Singleton
    RunLoops runLoops(RunLoopPorts ports, PublishSessionEventsUseCase events, RunEventEncoding encoding,
                      AgentSettings settings) {
        return new RunLoops(ports, events, encoding, settings, runs);
    }

    @Produces
    @Singleton
    SessionTitler sessionTitler(TitleSessionFromFirstQueryUseCase titles, BillableExecutor billable, ModelSelection models,
                                AgentSettings settings) {
        return new SessionTitler(titles, billable, models, settings.titles());
    }

    @Produces
    @Singleton
    RunStartPorts runStartPorts(GetCreditBalanceUseCase balance, ClaimRunUseCase claim, MoveRunUseCase move,
                                AgentMemoryRepository memory, UpdateMilestoneStatusUseCase milestones,
                                UpdateSessionPlanUseCase plans) {
        return new RunStartPorts(balance, claim, move, memory, milestones, plans);
    }

    @Produces
    @Singleton
    RunStarter runStarter(RunPreparation prepare, RunLoops loops, RunStartPorts ports, SessionTitler titler,
                          QueryAttachments attachments, QueryRepository repositories) {
        return new RunStarter(prepare, loops, ports, titler, attachments, repositories);
    }

    @Produces
    @Singleton
    RunResumer runResumer(RunPreparation prepare, RunLoops loops, GetLatestRunUseCase latest, MoveRunUseCase move,
                          SessionEnvironment environment) {
        return new RunResumer(prepare, loops, latest, move, environment);
    }

    // ---- one service per use case ----

    @Produces
    @ApplicationScoped
    StartQueryUseCase startQuery(RunStarter starter) {
        return new StartQueryService(starter);
    }

    @Produces
    @ApplicationScoped
    StartPlanUseCase startPlan(RunStarter starter) {
        return new StartPlanService(starter);
    }

    @Produces
    @ApplicationScoped
    StartForkUseCase startFork(RunStarter starter) {
        return new StartForkService(starter);
    }

    @Produces
    @ApplicationScoped
    ContinueRunUseCase continueRun(RunResumer resumer) {
        return new ContinueRunService(resumer);
    }

    @Produces
    @ApplicationScoped
    CancelRunUseCase cancelRun(GetSessionUseCase sessions, RunTaskRepository runs, RunCancellationSignal signal,
                               PublishSessionEventsUseCase events, RunEventEncoding encoding, ClockPort clock,
                               UnitOfWork unitOfWork) {
        return new CancelRunService(sessions, runs, signal, events, encoding, clock, unitOfWork);
    }

    @Produces
    @ApplicationScoped
    AnswerUserUseCase answerUser(RunResumer resumer) {
        return new AnswerUserService(resumer);
    }

    @Produces
    @ApplicationScoped
    EnhancePromptUseCase enhancePrompt(GetSessionUseCase sessions, ModelCatalogPort models,
                                       ResolveModelCredentialsUseCase modelSettings, BillableExecutor billable,
                                       PublishSessionEventsUseCase events, RunEventEncoding encoding) {
        return new EnhancePromptService(sessions, models, modelSettings, billable, events, encoding, runs);
    }

    @Produces
    @ApplicationScoped
    ListAgentTypesUseCase listAgentTypes(AgentTypeAvailability availability) {
        return new ListAgentTypesService(availability);
    }

    @Produces
    @ApplicationScoped
    RewritePromptUseCase rewritePrompt(ModelCatalogPort models, ResolveModelCredentialsUseCase modelSettings,
                                       BillableExecutor billable) {
        return new RewritePromptService(models, modelSettings, billable);
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }
}
