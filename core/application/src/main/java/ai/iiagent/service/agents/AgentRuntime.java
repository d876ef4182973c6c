package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.sessions.events.EventName;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.sessions.TitleSessionCommand;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusCommand;
import ai.iiagent.port.in.tasks.AgentCommand;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.GetLatestRunQuery;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.ModelSelection;
import ai.iiagent.port.out.llm.LlmMessage;
import ai.iiagent.port.out.llm.ToolCall;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Starts and resumes agent runs. The checks (ownership, model, the credit gate, one active run)
 * happen on the caller's thread so errors reach the caller; the loop itself runs on its own
 * virtual thread and keeps going when the client disconnects.
 */
public final class AgentRuntime {

    /** The least a run needs to start unless the model uses the user's own key. */
    public static final Credits MINIMUM_TO_START = Credits.of(1);
    /** The tool {@code save_env} answers (reference §4.2, §6.1). */
    static final String ASK_USER_ENV = "ask_user_env";

    private final AgentCollaborators with;
    private final AgentSettings settings;
    private final ExecutorService runs;
    private final ModelSelection models;
    private final SessionTitler titler;
    private final RunTypes types;

    public AgentRuntime(AgentCollaborators with, AgentSettings settings, ExecutorService runs) {
        this.with = with;
        this.settings = settings;
        this.runs = runs;
        this.models = new ModelSelection(with.models(), with.modelSettings());
        this.titler = new SessionTitler(with, settings.titles());
        this.types = new RunTypes(with.agentTypes(), settings.systemPrompt());
    }

    public RunId startQuery(AgentCommand command) {
        Session session = owned(command);
        String text = requiredText(command);
        AgentType type = types.choose(session, stringOf(command.payload(), "agent_type"));
        List<String> milestoneIds = stringsOf(command.payload().get("milestone_ids"));
        String prompt = milestoneIds.isEmpty() ? text : milestonePrompt(command, session, milestoneIds) + text;
        RunLoop.RunFinish finish = milestoneIds.isEmpty() ? RunLoop.RunFinish.NOTHING
                : status -> milestones(command, milestoneIds,
                        status == RunStatus.COMPLETED ? MilestoneStatus.COMPLETED : MilestoneStatus.PENDING, null);
        return start(command, session, type, text, prompt, model -> catalog(command, model, type), finish, milestoneIds,
                List.of());
    }

    /** {@code start_fork}: the first run of a forked session, from its fork info, carrying the parent's conversation. */
    public RunId startFork(AgentCommand command) {
        Session session = owned(command);
        ForkInfo fork = session.snapshot().forkInfo();
        if (fork == null) {
            throw new ValidationException(ErrorCode.of("invalid_fork_session"), "this session is not a fork of another");
        }
        List<LlmMessage> carried = with.memory().history(session.id()).isEmpty()
                ? with.memory().history(fork.parentSessionId()) : List.of();
        String prompt = ForkPrompt.of(fork, stringOf(command.payload(), "text"));
        AgentType type = types.choose(session, stringOf(command.payload(), "agent_type"));
        return start(command, session, type, prompt, prompt, model -> catalog(command, model, type),
                RunLoop.RunFinish.NOTHING, List.of(), carried);
    }

    /** {@code enhance_prompt}: one billed model call that rewrites the text; {@code agent.prompt.generated} carries it. */
    public void enhancePrompt(AgentCommand command) {
        Session session = owned(command);
        String text = requiredText(command);
        ResolvedModel model = models.resolve(command.owner(), stringOf(command.payload(), "model_id"));
        RunEvents events = new RunEvents(with.events(), session.id(), null);
        runs.submit(() -> PromptEnhancer.enhance(with.billable(), events, command.owner().userId(), model, text));
    }

    /** {@code plan}: a run whose only tool is {@code submit_plan}; the stored plan emits {@code plan.milestone.generated}. */
    public RunId startPlan(AgentCommand command) {
        Session session = owned(command);
        String text = requiredText(command);
        AgentType type = types.choose(session, stringOf(command.payload(), "agent_type"));
        ToolCatalog planning = new ToolCatalog(List.of(new SubmitPlanTool(command.owner(), with.plans())), false);
        String prompt = "Make a plan of 1 to 10 milestones for the following and submit it with submit_plan: " + text;
        return start(command, session, type, text, prompt, model -> planning, RunLoop.RunFinish.NOTHING, List.of(),
                List.of());
    }

    private RunId start(AgentCommand command, Session session, AgentType type, String text, String prompt,
                        Function<ResolvedModel, ToolCatalog> tools, RunLoop.RunFinish finish, List<String> milestoneIds,
                        List<LlmMessage> carried) {
        ResolvedModel model = models.resolve(command.owner(), stringOf(command.payload(), "model_id"));
        ToolCatalog catalog = tools.apply(model);
        Credits available = with.balance().balance(new GetCreditBalanceQuery(command.owner().userId())).total();
        if (!model.byok() && available.isLessThan(MINIMUM_TO_START)) {
            throw new InsufficientCreditsException(MINIMUM_TO_START, available);
        }
        RunTask run = with.claimRun().claim(new ClaimRunCommand(session.id(), RunKind.AGENT_RUN, command.kind().wireName()));
        try {
            launch(command, session, type, text, prompt, catalog, finish, milestoneIds, carried, model, run);
        } catch (RuntimeException e) {
            with.moveRun().move(new MoveRunCommand(run.id(), RunStatus.FAILED, "could not start", e.getMessage()));
            throw e;
        }
        return run.id();
    }

    private void launch(AgentCommand command, Session session, AgentType type, String text, String prompt,
                        ToolCatalog catalog,
                        RunLoop.RunFinish finish, List<String> milestoneIds, List<LlmMessage> carried,
                        ResolvedModel model, RunTask run) {
        types.remember(command.owner(), session, type);
        if (titler.fromModel()) {
            ResolvedModel writer = titleModel(command, model);
            runs.submit(() -> titler.fromModel(command.owner(), session, run.id(), writer, text));
        } else {
            titler.truncated(command.owner(), session, text);
        }
        if (!carried.isEmpty()) {
            with.memory().append(session.id(), run.id(), carried);
        }
        RunEvents events = new RunEvents(with.events(), session.id(), run.id());
        events.emit(EventName.SESSION_USER_MESSAGE, "text", text, "files", List.of(), "build_mode",
                String.valueOf(command.payload().getOrDefault("build_mode", command.kind().wireName().equals("plan")
                        ? "plan" : "build")), "milestone_ids", milestoneIds);
        if (!milestoneIds.isEmpty()) {
            milestones(command, milestoneIds, MilestoneStatus.IN_PROGRESS, run.id());
        }
        // A new run never waits for old calls: any left unanswered (a crash before recovery) get an error result.
        List<LlmMessage> history = DanglingCalls.answered(history(session, type));
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history, catalog, finish);
        runs.submit(() -> loop.start(prompt));
    }

    /** The configured title model, or the run's when none is set or it cannot be used. */
    private ResolvedModel titleModel(AgentCommand command, ResolvedModel runModel) {
        if (settings.titles().modelId() == null) {
            return runModel;
        }
        try {
            return models.resolve(command.owner(), settings.titles().modelId());
        } catch (DomainException e) {
            return runModel;
        }
    }

    private String milestonePrompt(AgentCommand command, Session session, List<String> ids) {
        SessionPlan plan = with.sessions().get(new SessionQuery(command.owner(), session.id())).plan();
        if (plan == null) {
            throw new ValidationException(ErrorCode.of("unknown_milestone"), "the session has no plan to execute");
        }
        List<String> known = plan.milestones().stream().map(Milestone::id).toList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(ErrorCode.of("unknown_milestone"), "the plan has no milestone " + unknown);
        }
        StringBuilder prompt = new StringBuilder("Carry out these milestones of the plan \"" + plan.summary() + "\":\n");
        for (Milestone milestone : plan.milestones()) {
            if (ids.contains(milestone.id())) {
                prompt.append("- ").append(milestone.id()).append(": ").append(milestone.content()).append('\n');
            }
        }
        return prompt.append('\n').toString();
    }

    private void milestones(AgentCommand command, List<String> ids, MilestoneStatus status, RunId runId) {
        with.milestones().update(new UpdateMilestoneStatusCommand(command.owner(), command.sessionId(), ids, status,
                runId == null ? null : runId.value()));
    }

    private static String requiredText(AgentCommand command) {
        String text = stringOf(command.payload(), "text");
        if (text == null || text.isBlank()) {
            throw new ValidationException(ErrorCode.of("empty_query"), "a query needs some text");
        }
        return text;
    }

    /** {@code continue_run {run_id, confirmed, user_input}} for a run paused on a tool that needs the user. */
    public RunId continueRun(AgentCommand command) {
        Session session = owned(command);
        RunId runId = runIdOf(command.payload());
        RunTask latest = with.latestRun().latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.id().equals(runId) && run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run " + runId));
        AgentType type = types.ofSession(session);
        List<LlmMessage> history = history(session, type);
        List<ToolCall> waiting = unanswered(history);
        if (waiting.isEmpty()) {
            throw new RunNotFoundException(session.id(), "paused run " + runId + " waiting for an answer");
        }
        ResolvedModel model = models.resolve(command.owner(), stringOf(command.payload(), "model_id"));
        RunTask resumed = with.moveRun().move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "continued by the user", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + runId); // cancelled meanwhile
        }
        boolean confirmed = !Boolean.FALSE.equals(command.payload().get("confirmed"));
        Map<String, Object> input = mapOf(command.payload().get("user_input"));
        RunEvents events = new RunEvents(with.events(), session.id(), runId);
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history,
                catalog(command, model, type), RunLoop.RunFinish.NOTHING);
        runs.submit(() -> loop.resume(waiting, confirmed, input));
        return runId;
    }

    /**
     * {@code save_env {tool_call_id, tool_name?, secrets}}: answers the paused run's {@code ask_user_env}
     * call. The values are sealed and stored for the session (its sandbox commands get them as
     * environment variables); only their names reach events, memory and the model.
     */
    public RunId saveEnv(AgentCommand command) {
        Session session = owned(command);
        String callId = stringOf(command.payload(), "tool_call_id");
        String toolName = String.valueOf(command.payload().getOrDefault("tool_name", ASK_USER_ENV));
        if (callId == null || callId.isBlank() || !toolName.equals(ASK_USER_ENV)) {
            throw new ValidationException(ErrorCode.of("invalid_tool_call_id"),
                    "save_env answers an " + ASK_USER_ENV + " call: it needs that call's tool_call_id");
        }
        Map<String, String> secrets = EnvSecrets.parse(command.payload().get("secrets"));
        RunTask latest = with.latestRun().latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run waiting for " + ASK_USER_ENV));
        AgentType type = types.ofSession(session);
        List<LlmMessage> history = history(session, type);
        List<ToolCall> waiting = unanswered(history);
        ToolCall asked = waiting.stream().filter(call -> call.id().equals(callId) && call.name().equals(ASK_USER_ENV))
                .findFirst().orElseThrow(() -> new RunNotFoundException(session.id(),
                        "paused run waiting for " + ASK_USER_ENV + " call " + callId));
        ResolvedModel model = models.resolve(command.owner(), stringOf(command.payload(), "model_id"));
        new SessionEnvironment(with.sessionSecrets(), with.cipher()).save(session.id(), secrets);
        RunTask resumed = with.moveRun().move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "environment saved", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + latest.id()); // cancelled meanwhile
        }
        List<String> names = List.copyOf(secrets.keySet());
        RunEvents events = new RunEvents(with.events(), session.id(), latest.id());
        events.emit(EventName.AGENT_STATUS_UPDATE, "message", "Saved " + names.size() + " environment variable"
                + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names), "status", "env_saved",
                "keys", names, "tool_call_id", callId);
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history,
                catalog(command, model, type), RunLoop.RunFinish.NOTHING);
        List<ToolCall> others = waiting.stream().filter(call -> !call.id().equals(callId)).toList();
        runs.submit(() -> loop.answer(asked, others));
        return latest.id();
    }

    private Session owned(AgentCommand command) {
        Session session = with.sessions().get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId());
        }
        return session;
    }

    /** The type's system prompt, then the session's conversation. */
    private List<LlmMessage> history(Session session, AgentType type) {
        List<LlmMessage> history = new ArrayList<>();
        history.add(LlmMessage.system(types.systemPrompt(type)));
        history.addAll(with.memory().history(session.id()));
        return history;
    }

    /** The type's tools for the model's family, plus {@code Skill} when the user has enabled skills, plus the user's MCP tools. */
    private ToolCatalog catalog(AgentCommand command, ResolvedModel model, AgentType type) {
        List<AgentTool> tools = new ArrayList<>(types.tools(type, with.tools(), model));
        tools.addAll(SkillTool.forSkills(with.skills().list(new ListSkillsQuery(command.owner(), true))));
        return new ToolCatalog(tools, Boolean.TRUE.equals(command.payload().get("auto_approve")),
                new RunMcpTools(with, command.owner()));
    }

    /** The calls of the last assistant message that no tool message answered yet. */
    static List<ToolCall> unanswered(List<LlmMessage> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            LlmMessage message = history.get(i);
            if (message.role().equals("assistant")) {
                Set<String> answered = new HashSet<>();
                history.subList(i + 1, history.size()).forEach(later -> answered.add(later.toolCallId()));
                return message.toolCalls().stream().filter(call -> !answered.contains(call.id())).toList();
            }
        }
        return List.of();
    }

    private static RunId runIdOf(Map<String, Object> payload) {
        try {
            return new RunId(UUID.fromString(String.valueOf(payload.get("run_id"))));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(ErrorCode.of("invalid_run_id"), "continue_run needs the paused run's run_id");
        }
    }

    private static String stringOf(Map<String, Object> payload, String key) {
        Object value = payload.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> stringsOf(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
