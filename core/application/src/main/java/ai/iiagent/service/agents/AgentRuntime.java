package ai.iiagent.service.agents;

import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionNotFoundException;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunNotFoundException;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.agents.AnswerUser;
import ai.iiagent.port.in.agents.ContinueRun;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartQuery;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.port.in.sessions.SessionQuery;
import ai.iiagent.port.in.settings.ListSkillsQuery;
import ai.iiagent.port.in.sessions.TitleSessionCommand;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusCommand;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.GetLatestRunQuery;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.out.agents.RunEventEncoding;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.agents.engine.ModelSelection;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.tools.AgentTool;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Starts and resumes agent runs: the run starter the agent use cases share ({@code StartQueryService},
 * {@code StartPlanService}, {@code StartForkService}, {@code ContinueRunService}, {@code AnswerUserService}).
 * The checks (ownership, model, the credit gate, one active run) happen on the caller's thread so
 * errors reach the caller; the loop itself runs on its own virtual thread and keeps going when the
 * client disconnects.
 */
public final class AgentRuntime {

    /** The tool {@code save_env} answers (reference §4.2, §6.1). */
    static final String ASK_USER_ENV = "ask_user_env";
    private static final String BUILD = "build";
    private static final String PLAN = "plan";

    private final AgentCollaborators with;
    private final RunEventEncoding encoding;
    private final AgentSettings settings;
    private final ExecutorService runs;
    private final ModelSelection models;
    private final SessionTitler titler;
    private final SubAgentSettings subAgentLimits;
    private final SubAgentProfiles subAgentProfiles;

    public AgentRuntime(AgentCollaborators with, RunEventEncoding encoding, AgentSettings settings, ExecutorService runs) {
        this(with, encoding, settings, runs, SubAgentSettings.DEFAULTS, SubAgentProfiles.BUILT_IN);
    }

    public AgentRuntime(AgentCollaborators with, RunEventEncoding encoding, AgentSettings settings, ExecutorService runs,
                        SubAgentSettings subAgentLimits, SubAgentProfiles subAgentProfiles) {
        this.subAgentLimits = subAgentLimits;
        this.subAgentProfiles = subAgentProfiles;
        this.with = with;
        this.encoding = encoding;
        this.settings = settings;
        this.runs = runs;
        this.models = new ModelSelection(with.models(), with.modelSettings());
        this.titler = new SessionTitler(with, settings.titles());
    }

    public RunId startQuery(StartQuery query) {
        RunStart command = new RunStart(query.owner(), query.sessionId(), "query", query.modelId(), query.agentType(),
                query.buildMode() == null ? BUILD : query.buildMode(), query.autoApprove(), query.files());
        Session session = owned(command);
        String text = query.text();
        List<String> milestoneIds = query.milestoneIds();
        String prompt = milestoneIds.isEmpty() ? text : milestonePrompt(command, session, milestoneIds) + text;
        RunLoop.RunFinish finish = milestoneIds.isEmpty() ? RunLoop.RunFinish.NOTHING
                : status -> milestones(command, milestoneIds,
                        status == RunStatus.COMPLETED ? MilestoneStatus.COMPLETED : MilestoneStatus.PENDING, null);
        return start(command, session, text, prompt, model -> catalog(command, model), finish, milestoneIds, List.of());
    }

    /** {@code start_fork}: the first run of a forked session, from its fork info, carrying the parent's conversation. */
    public RunId startFork(StartFork startFork) {
        RunStart command = new RunStart(startFork.owner(), startFork.sessionId(), "fork", startFork.modelId(), null,
                BUILD, startFork.autoApprove(), List.of());
        Session session = owned(command);
        ForkInfo fork = session.snapshot().forkInfo();
        if (fork == null) {
            throw new ValidationException(AgentErrors.INVALID_FORK_SESSION, "this session is not a fork of another");
        }
        List<Message> carried = with.memory().history(session.id()).isEmpty()
                ? with.memory().history(fork.parentSessionId()) : List.of();
        String prompt = ForkPrompt.of(fork, startFork.text());
        return start(command, session, prompt, prompt, model -> catalog(command, model), RunLoop.RunFinish.NOTHING,
                List.of(), carried);
    }

    /** {@code plan}: a run whose only tool is {@code submit_plan}; the stored plan emits {@code plan.milestone.generated}. */
    public RunId startPlan(StartPlan plan) {
        RunStart command = new RunStart(plan.owner(), plan.sessionId(), "plan", plan.modelId(), plan.agentType(),
                plan.buildMode() == null ? PLAN : plan.buildMode(), false, List.of());
        Session session = owned(command);
        String text = plan.text();
        ToolCatalog planning = new ToolCatalog(List.of(new SubmitPlanTool(command.owner(), with.plans())), false);
        String prompt = "Make a plan of 1 to 10 milestones for the following and submit it with submit_plan: " + text;
        return start(command, session, text, prompt, model -> planning, RunLoop.RunFinish.NOTHING, List.of(), List.of());
    }

    private RunId start(RunStart command, Session session, String text, String prompt,
                        Function<ResolvedModel, ToolCatalog> tools, RunLoop.RunFinish finish, List<String> milestoneIds,
                        List<Message> carried) {
        ResolvedModel model = models.resolve(command.owner(), command.modelId());
        ToolCatalog catalog = tools.apply(model);
        CreditGate.STANDARD.requireToStart(
                with.balance().balance(new GetCreditBalanceQuery(command.owner().userId())).total(), model.byok());
        RunTask run = with.claimRun().claim(new ClaimRunCommand(session.id(), RunKind.AGENT_RUN, command.reason()));
        try {
            launch(command, session, text, prompt, catalog, finish, milestoneIds, carried, model, run);
        } catch (RuntimeException e) {
            with.moveRun().move(new MoveRunCommand(run.id(), RunStatus.FAILED, "could not start", e.getMessage()));
            throw e;
        }
        return run.id();
    }

    private void launch(RunStart command, Session session, String text, String prompt, ToolCatalog catalog,
                        RunLoop.RunFinish finish, List<String> milestoneIds, List<Message> carried,
                        ResolvedModel model, RunTask run) {
        if (titler.fromModel()) {
            ResolvedModel writer = titleModel(command, model);
            runs.submit(() -> titler.fromModel(command.owner(), session, run.id(), writer, text));
        } else {
            titler.truncated(command.owner(), session, text);
        }
        if (!carried.isEmpty()) {
            with.memory().append(session.id(), run.id(), carried);
        }
        RunEvents events = new RunEvents(with.events(), encoding, session.id(), run.id());
        events.emit(new RunEvent.UserMessage(text, List.of(), command.buildMode(), milestoneIds));
        if (!milestoneIds.isEmpty()) {
            milestones(command, milestoneIds, MilestoneStatus.IN_PROGRESS, run.id());
        }
        // A new run never waits for old calls: any left unanswered (a crash before recovery) get an error result.
        List<Message> history = DanglingCalls.answered(history(session));
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history, catalog, finish);
        runs.submit(() -> loop.start(prompt));
    }

    /** The configured title model, or the run's when none is set or it cannot be used. */
    private ResolvedModel titleModel(RunStart command, ResolvedModel runModel) {
        if (settings.titles().modelId() == null) {
            return runModel;
        }
        try {
            return models.resolve(command.owner(), settings.titles().modelId());
        } catch (DomainException e) {
            return runModel;
        }
    }

    private String milestonePrompt(RunStart command, Session session, List<String> ids) {
        SessionPlan plan = with.sessions().get(new SessionQuery(command.owner(), session.id())).plan();
        if (plan == null) {
            throw new ValidationException(AgentErrors.UNKNOWN_MILESTONE, "the session has no plan to execute");
        }
        List<String> known = plan.milestones().stream().map(Milestone::id).toList();
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(AgentErrors.UNKNOWN_MILESTONE, "the plan has no milestone " + unknown);
        }
        StringBuilder prompt = new StringBuilder("Carry out these milestones of the plan \"" + plan.summary() + "\":\n");
        for (Milestone milestone : plan.milestones()) {
            if (ids.contains(milestone.id())) {
                prompt.append("- ").append(milestone.id()).append(": ").append(milestone.content()).append('\n');
            }
        }
        return prompt.append('\n').toString();
    }

    private void milestones(RunStart command, List<String> ids, MilestoneStatus status, RunId runId) {
        with.milestones().update(new UpdateMilestoneStatusCommand(command.owner(), command.sessionId(), ids, status,
                runId == null ? null : runId.value()));
    }

    /** {@code continue_run}: approves or rejects the calls a paused run waits on. */
    public RunId continueRun(ContinueRun command) {
        return resume(resumption(command.owner(), command.sessionId(), command.modelId(), command.autoApprove()),
                command.runId(), command.confirmed(), Map.of());
    }

    /** {@code continue_run} with {@code user_input.selection}: the answer to {@code ask_user_select}. */
    public RunId answerSelection(AnswerUser command, AnswerUser.Selection answer) {
        Map<String, Object> input = answer.selection() == null ? Map.of() : Map.of("selection", answer.selection());
        return resume(resumption(command.owner(), command.sessionId(), command.modelId(), command.autoApprove()),
                answer.runId(), answer.confirmed(), input);
    }

    private RunId resume(RunStart command, RunId runId, boolean confirmed, Map<String, Object> input) {
        Session session = owned(command);
        RunTask latest = with.latestRun().latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.id().equals(runId) && run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run " + runId));
        List<Message> history = history(session);
        List<ToolCall> waiting = unanswered(history);
        if (waiting.isEmpty()) {
            throw new RunNotFoundException(session.id(), "paused run " + runId + " waiting for an answer");
        }
        ResolvedModel model = models.resolve(command.owner(), command.modelId());
        RunTask resumed = with.moveRun().move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "continued by the user", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + runId); // cancelled meanwhile
        }
        RunEvents events = new RunEvents(with.events(), encoding, session.id(), runId);
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history, catalog(command, model),
                RunLoop.RunFinish.NOTHING);
        runs.submit(() -> loop.resume(waiting, confirmed, input));
        return runId;
    }

    /**
     * {@code save_env}: answers the paused run's {@code ask_user_env} call. The values are sealed and
     * stored for the session (its sandbox commands get them as environment variables); only their
     * names reach events, memory and the model.
     */
    public RunId answerEnvironment(AnswerUser answer, AnswerUser.Environment environment) {
        RunStart command = resumption(answer.owner(), answer.sessionId(), answer.modelId(), answer.autoApprove());
        Session session = owned(command);
        String callId = environment.toolCallId();
        Map<String, String> secrets = EnvSecrets.checked(environment.variables());
        RunTask latest = with.latestRun().latest(new GetLatestRunQuery(new SessionQuery(command.owner(), session.id())))
                .filter(run -> run.status() == RunStatus.PAUSED)
                .orElseThrow(() -> new RunNotFoundException(session.id(), "paused run waiting for " + ASK_USER_ENV));
        List<Message> history = history(session);
        List<ToolCall> waiting = unanswered(history);
        ToolCall asked = waiting.stream().filter(call -> call.id().equals(callId) && call.name().equals(ASK_USER_ENV))
                .findFirst().orElseThrow(() -> new RunNotFoundException(session.id(),
                        "paused run waiting for " + ASK_USER_ENV + " call " + callId));
        ResolvedModel model = models.resolve(command.owner(), command.modelId());
        new SessionEnvironment(with.sessionSecrets(), with.cipher()).save(session.id(), secrets);
        RunTask resumed = with.moveRun().move(new MoveRunCommand(latest.id(), RunStatus.RUNNING, "environment saved", null));
        if (resumed.status() != RunStatus.RUNNING) {
            throw new RunNotFoundException(session.id(), "paused run " + latest.id()); // cancelled meanwhile
        }
        List<String> names = List.copyOf(secrets.keySet());
        RunEvents events = new RunEvents(with.events(), encoding, session.id(), latest.id());
        events.emit(new RunEvent.EnvironmentSaved("Saved " + names.size() + " environment variable"
                + (names.size() == 1 ? "" : "s") + ": " + String.join(", ", names), names, callId));
        RunLoop loop = new RunLoop(with, settings, events, command.owner(), model, history, catalog(command, model),
                RunLoop.RunFinish.NOTHING);
        List<ToolCall> others = waiting.stream().filter(call -> !call.id().equals(callId)).toList();
        runs.submit(() -> loop.answer(asked, others));
        return latest.id();
    }

    private Session owned(RunStart command) {
        Session session = with.sessions().get(new SessionQuery(command.owner(), command.sessionId())).session();
        if (!session.isOwnedBy(command.owner().userId())) {
            throw new SessionNotFoundException(command.sessionId());
        }
        return session;
    }

    private List<Message> history(Session session) {
        List<Message> history = new ArrayList<>();
        if (!settings.systemPrompt().isBlank()) {
            history.add(Message.system(settings.systemPrompt()));
        }
        history.addAll(with.memory().history(session.id()));
        return history;
    }

    /** The tools for the model's family, plus {@code Skill} when the user has enabled skills, plus the user's MCP tools. */
    private ToolCatalog catalog(RunStart command, ResolvedModel model) {
        List<AgentTool> tools = new ArrayList<>(ModelToolSets.select(with.tools(), model));
        tools.addAll(SkillTool.forSkills(with.skills().list(new ListSkillsQuery(command.owner(), true))));
        tools.addAll(new SubAgents(SubAgentPorts.of(with, encoding), settings, subAgentLimits, subAgentProfiles,
                command.owner(), model, tools, 0, null).tools()); // sub_agent_task, sub_agent_task_all (docs/agents.md#sub-agents)
        return new ToolCatalog(tools, command.autoApprove(),
                new RunMcpTools(with, command.owner()));
    }

    /** The calls of the last assistant message that no tool message answered yet. */
    static List<ToolCall> unanswered(List<Message> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Message message = history.get(i);
            if (message.is(Role.ASSISTANT)) {
                Set<String> answered = new HashSet<>();
                history.subList(i + 1, history.size()).forEach(later -> answered.add(later.toolCallId()));
                return message.toolCalls().stream().filter(call -> !answered.contains(call.id())).toList();
            }
        }
        return List.of();
    }

    private static RunStart resumption(Identity owner, SessionId sessionId, String modelId, boolean autoApprove) {
        return new RunStart(owner, sessionId, "resume", modelId, null, BUILD, autoApprove, List.of());
    }

    /** What every start and resumption of a run shares, whichever command asked for it. */
    private record RunStart(Identity owner, SessionId sessionId, String reason, String modelId, String agentType,
                            String buildMode, boolean autoApprove, List<String> files) {
    }
}
