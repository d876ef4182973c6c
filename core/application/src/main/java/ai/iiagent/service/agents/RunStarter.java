package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.AgentType;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.sessions.ForkInfo;
import ai.iiagent.domain.sessions.Milestone;
import ai.iiagent.domain.sessions.MilestoneStatus;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.sessions.SessionPlan;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.tasks.RunKind;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.tasks.RunTask;
import ai.iiagent.port.in.agents.StartFork;
import ai.iiagent.port.in.agents.StartPlan;
import ai.iiagent.port.in.agents.StartQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.port.in.sessions.UpdateMilestoneStatusCommand;
import ai.iiagent.port.in.tasks.ClaimRunCommand;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.port.out.llm.ResolvedModel;
import java.util.List;
import java.util.function.Function;

/**
 * Starts agent runs: the starter {@code StartQueryService}, {@code StartPlanService} and
 * {@code StartForkService} share. The checks (ownership, model, the credit gate, one active run)
 * happen on the caller's thread so errors reach the caller; the loop itself runs on its own virtual
 * thread and keeps going when the client disconnects.
 */
public final class RunStarter {

    private static final String PLAN = "plan";

    private final RunPreparation prepare;
    private final RunLoops loops;
    private final RunStartPorts with;
    private final SessionTitler titler;
    private final QueryAttachments attachments;
    private final QueryRepository repositories;

    public RunStarter(RunPreparation prepare, RunLoops loops, RunStartPorts with, SessionTitler titler,
                      QueryAttachments attachments) {
        this(prepare, loops, with, titler, attachments, QueryRepository.UNAVAILABLE);
    }

    public RunStarter(RunPreparation prepare, RunLoops loops, RunStartPorts with, SessionTitler titler,
                      QueryAttachments attachments, QueryRepository repositories) {
        this.prepare = prepare;
        this.loops = loops;
        this.with = with;
        this.titler = titler;
        this.attachments = attachments;
        this.repositories = repositories;
    }

    public RunId startQuery(StartQuery query) {
        RunStart command = new RunStart(query.owner(), query.sessionId(), "query", query.modelId(), query.agentType(),
                query.buildMode() == null ? RunStart.BUILD : query.buildMode(), query.autoApprove(), query.files());
        Session session = prepare.owned(command);
        AgentType type = prepare.types().choose(session, query.agentType());
        String text = query.text();
        List<Attachment> attached = attachments.check(query.owner(), query.files());
        String repository = repositories.check(query.githubRepository());
        List<String> milestoneIds = query.milestoneIds();
        String prompt = milestoneIds.isEmpty() ? text : milestonePrompt(command, session, milestoneIds) + text;
        RunLoop.RunFinish finish = milestoneIds.isEmpty() ? RunLoop.RunFinish.NOTHING
                : status -> milestones(command, milestoneIds,
                        status == RunStatus.COMPLETED ? MilestoneStatus.COMPLETED : MilestoneStatus.PENDING, null);
        return start(command, session, type, text, prompt, model -> prepare.catalog(command, model, type), finish,
                milestoneIds, List.of(), attached, repository);
    }

    /** {@code start_fork}: the first run of a forked session, from its fork info, carrying the parent's conversation. */
    public RunId startFork(StartFork startFork) {
        RunStart command = new RunStart(startFork.owner(), startFork.sessionId(), "fork", startFork.modelId(), null,
                RunStart.BUILD, startFork.autoApprove(), List.of());
        Session session = prepare.owned(command);
        ForkInfo fork = session.snapshot().forkInfo();
        if (fork == null) {
            throw new ValidationException(AgentErrors.INVALID_FORK_SESSION, "this session is not a fork of another");
        }
        List<Message> carried = with.memory().history(session.id()).isEmpty()
                ? with.memory().history(fork.parentSessionId()) : List.of();
        String prompt = ForkPrompt.of(fork, startFork.text());
        AgentType type = prepare.types().choose(session, null); // the child's type (set by the fork)
        return start(command, session, type, prompt, prompt, model -> prepare.catalog(command, model, type),
                RunLoop.RunFinish.NOTHING, List.of(), carried, List.of(), null);
    }

    /** {@code plan}: a run whose only tool is {@code submit_plan}; the stored plan emits {@code plan.milestone.generated}. */
    public RunId startPlan(StartPlan plan) {
        RunStart command = new RunStart(plan.owner(), plan.sessionId(), "plan", plan.modelId(), plan.agentType(),
                plan.buildMode() == null ? PLAN : plan.buildMode(), false, List.of());
        Session session = prepare.owned(command);
        String text = plan.text();
        AgentType type = prepare.types().choose(session, plan.agentType());
        ToolCatalog planning = new ToolCatalog(List.of(new SubmitPlanTool(command.owner(), with.plans())), false);
        String prompt = "Make a plan of 1 to 10 milestones for the following and submit it with submit_plan: " + text;
        return start(command, session, type, text, prompt, model -> planning, RunLoop.RunFinish.NOTHING, List.of(),
                List.of(), List.of(), null);
    }

    private RunId start(RunStart command, Session session, AgentType type, String text, String prompt,
                        Function<ResolvedModel, ToolCatalog> tools, RunLoop.RunFinish finish, List<String> milestoneIds,
                        List<Message> carried, List<Attachment> attached, String repository) {
        ResolvedModel model = prepare.model(command);
        ToolCatalog catalog = tools.apply(model);
        CreditGate.STANDARD.requireToStart(
                with.balance().balance(new GetCreditBalanceQuery(command.owner().userId())).total(), model.byok());
        RunTask run = with.claimRun().claim(new ClaimRunCommand(session.id(), RunKind.AGENT_RUN, command.reason()));
        try {
            launch(command, session, type, text, prompt, catalog, finish, milestoneIds, carried, model, run, attached,
                    repository);
        } catch (RuntimeException e) {
            with.moveRun().move(new MoveRunCommand(run.id(), RunStatus.FAILED, "could not start", e.getMessage()));
            throw e;
        }
        return run.id();
    }

    private void launch(RunStart command, Session session, AgentType type, String text, String prompt,
                        ToolCatalog catalog,
                        RunLoop.RunFinish finish, List<String> milestoneIds, List<Message> carried,
                        ResolvedModel model, RunTask run, List<Attachment> attached, String repository) {
        prepare.types().remember(command.owner(), session, type);
        titler.name(command.owner(), session, run.id(), model, text, loops.runs());
        if (!carried.isEmpty()) {
            with.memory().append(session.id(), run.id(), carried);
        }
        RunEvents events = loops.events(session.id(), run.id());
        events.emit(new RunEvent.UserMessage(text, QueryAttachments.shown(attached), command.buildMode(), milestoneIds));
        if (!milestoneIds.isEmpty()) {
            milestones(command, milestoneIds, MilestoneStatus.IN_PROGRESS, run.id());
        }
        // A new run never waits for old calls: any left unanswered (a crash before recovery) get an error result.
        List<Message> history = DanglingCalls.answered(prepare.history(session, type));
        RunLoop loop = loops.loop(events, command.owner(), model, history, catalog, finish);
        // attachments are copied and read on the run's thread: a sandbox start never blocks the caller
        loops.runs().submit(() -> {
            String withRepository = repository == null ? prompt
                    : prompt + "\n\n" + repositories.copy(command.owner(), session.id(), run.id(), repository);
            AttachedInput input = attached.isEmpty() ? AttachedInput.NONE
                    : attachments.reader().read(command.owner(), session.id(), run.id(), attached, model);
            loop.start(input.appendedTo(withRepository), input.images());
        });
    }

    private String milestonePrompt(RunStart command, Session session, List<String> ids) {
        SessionPlan plan = prepare.plan(command, session);
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
}
