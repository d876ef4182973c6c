package ai.iiagent.service.agents;

import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.agents.AgentErrors;
import ai.iiagent.domain.agents.RunEvent;
import ai.iiagent.domain.agents.RunEvent.ErrorCategory;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.tasks.RunStatus;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.tasks.MoveRunCommand;
import ai.iiagent.domain.agents.ImagePart;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import ai.iiagent.service.agents.engine.LoopEnd;
import ai.iiagent.service.agents.engine.LoopHost;
import ai.iiagent.service.agents.engine.ModelLoop;
import ai.iiagent.service.agents.engine.ToolBatch;
import ai.iiagent.service.agents.engine.ToolRunner;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One agent run on the engine's {@link ModelLoop}: what an agent run adds to the loop (its
 * {@link LoopHost} side) is the socket events, the agent memory, compaction, the human in the loop
 * (the run pauses on a tool that needs the user and {@link #resume} picks it up) and how it ends.
 * Every message goes to memory as it is made, so history stays valid whenever the loop stops.
 */
final class RunLoop implements LoopHost {

    private static final Logger LOG = Logger.getLogger(RunLoop.class.getName());

    private final RunLoopPorts with;
    private final RunPolicy policy;
    private final RunEvents events;
    private final UserId userId;
    private final UserFiles userFiles;
    private final ResolvedModel model;
    private final ToolCatalog catalog;
    private final CancelCheck cancel;
    private final RunFinish onFinish;
    private final SessionEnvironment environment;
    private final ModelLoop loop;
    // A resumed run gets a new loop: its calls need keys the earlier loop did not use (reservations are idempotent by key).
    private final String segment = UUID.randomUUID().toString().substring(0, 8);
    private DeltaBuffer text;
    private DeltaBuffer reasoning;
    private Map<String, Object> userInput = Map.of();

    RunLoop(RunLoopPorts with, AgentSettings settings, RunEvents events, Identity owner, ResolvedModel model,
            List<Message> history, ToolCatalog catalog, RunFinish onFinish) {
        this.with = with;
        this.policy = settings.runPolicy();
        this.events = events;
        this.userId = owner.userId();
        this.userFiles = new UserFiles(with.sharedFiles(), owner, events.sessionId());
        this.model = model;
        this.catalog = catalog;
        this.cancel = new CancelCheck(with.cancellation(), events.runId());
        this.onFinish = onFinish;
        this.environment = with.environment();
        ToolRunner tools = new ToolRunner(catalog.byName(), settings.maxToolOutputChars(), with.billable());
        this.loop = new ModelLoop(with.billable(), model, policy, tools, this, history);
    }

    void start(String userText) {
        start(userText, List.of());
    }

    /** {@code images}: attached pictures, for a vision model only (the attachment reader decided). */
    void start(String userText, List<ImagePart> images) {
        events.emit(new RunEvent.Processing("Working on it", model.modelId(), model.provider(), model.offline()));
        guarded(() -> {
            catalog.openRunTools(events);
            if (policy.needsCompaction(loop.conversation(), model.contextWindow())) {
                compact();
            }
            loop.record(Message.user(userText, images));
            loop();
        });
    }

    /** Replaces the history with a summary the model writes, so the run fits the model's window. */
    private void compact() {
        events.emit(new RunEvent.SummaryStarted("Summarising the conversation to fit the model's window"));
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                Compaction.request(loop.conversation()), List.of(), model.maxOutputTokens());
        LlmCharge charge = new LlmCharge(userId, events.sessionId().value(), events.runId().value(), "compact-" + segment,
                model.price(), model.maxOutputTokens(), model.byok());
        LlmTurn turn = with.billable().streamLlm(charge, request, delta -> { });
        Message summary = Compaction.summaryMessage(turn.text());
        with.memory().summarize(events.sessionId(), events.runId(), summary);
        List<Message> kept = new ArrayList<>(loop.conversation().stream().filter(message -> message.is(Role.SYSTEM))
                .limit(1).toList());
        kept.add(summary);
        loop.replaceConversation(kept);
        events.emit(new RunEvent.ModelCompacted(turn.text()));
        events.emit(new RunEvent.SummaryCompleted("Conversation summarised"));
    }

    /** Continues a paused run: answers the waiting calls (run or rejected), then goes on looping. */
    void resume(List<ToolCall> waiting, boolean confirmed, Map<String, Object> userInput) {
        events.emit(new RunEvent.Continued(confirmed ? "Continuing with your answer" : "Continuing without it", confirmed));
        guarded(() -> {
            catalog.openRunTools(events); // a waiting call may be an MCP tool: reconnect before answering it
            if (runTools(waiting, confirmed, userInput)) {
                finishCompleted("Done.");
                return;
            }
            loop();
        });
    }

    /**
     * Continues a paused run with the answer to one of its waiting calls ({@code save_env} answers
     * {@code ask_user_env}). The others still waiting keep the run paused if any needs the user;
     * otherwise they run and the loop goes on.
     */
    void answer(ToolCall answered, List<ToolCall> others) {
        events.emit(new RunEvent.Continued("Continuing with your answer", true));
        guarded(() -> {
            boolean ends = runTools(List.of(answered), true, Map.of());
            if (others.stream().anyMatch(this::needsUser)) {
                pause(others);
                return;
            }
            ends |= !others.isEmpty() && runTools(others, true, Map.of());
            if (ends) {
                finishCompleted("Done.");
                return;
            }
            loop();
        });
    }

    private void loop() throws InterruptedException {
        LoopEnd end;
        try {
            end = loop.run();
        } catch (InsufficientCreditsException e) {
            finishFailed(ErrorCategory.INSUFFICIENT_CREDITS, AgentErrors.INSUFFICIENT_CREDITS, e.getMessage());
            return;
        }
        switch (end) {
            case LoopEnd.Answered answered -> finishCompleted(answered.turn().text());
            case LoopEnd.Stopped stopped -> {
                if (stopped.turn() != null) {
                    answerUnanswered(stopped.turn().toolCalls(), "The run was cancelled before this tool ran.");
                }
                finishCancelled();
            }
            case LoopEnd.TurnLimit limit -> finishStopped(AgentErrors.MAX_TURNS_REACHED,
                    "The run stopped after " + loop.turns() + " model turns, its limit.");
            case LoopEnd.Looping looping -> {
                answerUnanswered(looping.turn().toolCalls(), "Not run: the same call was repeated too often.");
                finishStopped(AgentErrors.LOOP_DETECTED, "The agent repeated the same tool call " + policy.loopThreshold()
                        + " times in a row, so the run was stopped.");
            }
            case LoopEnd.Paused paused -> pause(paused.turn().toolCalls());
            case LoopEnd.EndedByTool ended ->
                    finishCompleted("Done: " + ended.turn().toolCalls().get(0).name() + " finished the run.");
        }
    }

    // ---- the loop's host: charges, tools, events, memory --------------------------------------

    @Override
    public LlmCharge charge(int turn) {
        return new LlmCharge(userId, events.sessionId().value(), events.runId().value(), "turn-" + segment + "-" + turn,
                model.price(), model.maxOutputTokens(), model.byok());
    }

    @Override
    public List<ToolSpec> tools() {
        return catalog.specs();
    }

    @Override
    public LlmStreamListener stream(int turn) {
        text = DeltaBuffer.response(events);
        reasoning = DeltaBuffer.reasoning(events);
        return new LlmStreamListener() {
            @Override
            public void onTextDelta(String delta) {
                text.add(delta);
            }

            @Override
            public void onReasoningDelta(String delta) {
                reasoning.add(delta);
            }

            @Override
            public boolean stopRequested() {
                return cancel.raised();
            }
        };
    }

    @Override
    public boolean stopRequested() {
        return cancel.raised();
    }

    @Override
    public void settled(LlmTurn turn) {
        // The turn's events and message are stored in its settlement's transaction: one commit per turn.
        reasoning.flush();
        text.flush();
        if (turn.reasoning() != null && !turn.reasoning().isBlank()) {
            events.emit(new RunEvent.Reasoning(turn.reasoning()));
        }
        if (!turn.text().isBlank()) {
            events.emit(new RunEvent.Response(turn.text()));
        }
    }

    @Override
    public void recorded(Message message) {
        with.memory().append(events.sessionId(), events.runId(), List.of(message));
    }

    @Override
    public void toolCalled(ToolCall call) {
        events.emit(new RunEvent.ToolCalled(call.id(), call.name(), call.arguments()));
    }

    @Override
    public boolean needsUser(ToolCall call) {
        return catalog.policyOf(call.name()) != ToolPolicy.AUTOMATIC;
    }

    @Override
    public ToolBatch toolBatch(List<ToolCall> calls) {
        Map<String, String> variables = environment.variables(events.sessionId());
        SecretMask mask = variables.isEmpty() ? SecretMask.NONE : new SecretMask(variables.values());
        Map<String, Object> input = userInput;
        return new ToolBatch() {
            @Override
            public ToolInvocation invocation(ToolCall call) {
                return new ToolInvocation(userId, events.sessionId(), events.runId(), call.id(), call.arguments(),
                        needsUser(call) ? input : Map.of()).withEnvironment(variables);
            }

            @Override
            public ToolOutcome delivered(ToolCall call, ToolOutcome outcome) {
                return userFiles.deliver(mask.apply(outcome));
            }
        };
    }

    @Override
    public void toolAnswered(ToolCall call, ToolOutcome outcome) {
        events.emit(new RunEvent.ToolResulted(call.id(), call.name(), call.arguments(),
                outcome.display().isEmpty() ? outcome.text() : outcome.display(), outcome.error()));
        BrowserView.of(call, outcome).ifPresent(events::emit);
    }

    // ---- the human in the loop and the run's end -----------------------------------------------

    /** @return true when a tool that ends the run succeeded */
    private boolean runTools(List<ToolCall> calls, boolean confirmed, Map<String, Object> input)
            throws InterruptedException {
        List<ToolCall> toRun = calls.stream().filter(call -> confirmed || !needsUser(call)).toList();
        calls.stream().filter(call -> !toRun.contains(call))
                .forEach(call -> loop.answer(call, ToolOutcome.failed("The user rejected this call.")));
        userInput = input;
        try {
            return loop.endsRun(toRun, loop.runTools(toRun));
        } finally {
            userInput = Map.of();
        }
    }

    private void pause(List<ToolCall> calls) {
        List<RunEvent.WaitingCall> waiting = calls.stream().map(call -> new RunEvent.WaitingCall(call.id(), call.name(),
                call.arguments(), catalog.policyOf(call.name()) == ToolPolicy.REQUIRES_CONFIRMATION,
                catalog.policyOf(call.name()) == ToolPolicy.REQUIRES_USER_INPUT)).toList();
        // One unit: a reader that sees the run paused also finds the question it waits on.
        with.unitOfWork().run(() -> {
            with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.PAUSED, "waiting for the user", null));
            events.emit(new RunEvent.ToolConfirmation("The agent needs your answer to continue.", waiting));
        });
    }

    private void answerUnanswered(List<ToolCall> calls, String why) {
        calls.forEach(call -> loop.record(Message.toolResult(call.id(), call.name(), why, true)));
    }

    private void finishCompleted(String text) {
        end(RunStatus.COMPLETED,
                () -> with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.COMPLETED, "completed", null)),
                List.of(new RunEvent.Completed(text)));
        with.cancellation().clear(events.runId());
    }

    private void finishCancelled() {
        // Metering stops a run whose credits ran out through the same flag; say which it was.
        boolean broke = !model.byok() && CreditGate.STANDARD.ranOut(
                with.balance().balance(new GetCreditBalanceQuery(userId)).total());
        String why = broke ? "The run stopped: your credits ran out." : "Run cancelled by the user.";
        endWhateverTheStatus(RunStatus.CANCELLED, () -> with.moveRun().move(new MoveRunCommand(events.runId(),
                        RunStatus.CANCELLED, broke ? "credits ran out" : "cancelled", null)),
                List.of(new RunEvent.Interrupted(why, broke ? RunEvent.RunEnd.CREDITS_RAN_OUT : RunEvent.RunEnd.CANCELLED)));
    }

    private void finishStopped(ErrorCode code, String message) {
        finishFailed(ErrorCategory.EXECUTION, code, message);
    }

    private void finishFailed(ErrorCategory category, ErrorCode code, String message) {
        endWhateverTheStatus(RunStatus.FAILED,
                () -> with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.FAILED, code.value(), message)),
                List.of(new RunEvent.ErrorOccurred(category, code, message, true),
                        new RunEvent.Interrupted(message, RunEvent.RunEnd.FAILED)));
    }

    /**
     * Stores the run's end with the events that announce it (and the stream's end) in one unit of work,
     * so a reader that sees the final status (the events replay reads it before the events) also finds
     * them; a failure rolls all of it back and reaches the caller.
     */
    private void end(RunStatus status, Runnable move, List<RunEvent> closing) {
        with.unitOfWork().run(() -> {
            move.run();
            onFinish.finished(status);
            closing.forEach(events::emit);
            events.emit(new RunEvent.StreamCompleted());
        });
    }

    /**
     * {@link #end} for a run that ends even if its status cannot be stored (moved meanwhile, or the store
     * failing): the user is still told, with the events on their own.
     */
    private void endWhateverTheStatus(RunStatus status, Runnable move, List<RunEvent> closing) {
        try {
            end(status, () -> safely(move), closing);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + events.runId() + ": could not store its end with its events", e);
            safely(() -> onFinish.finished(status));
            safely(() -> closing.forEach(events::emit));
            events.emit(new RunEvent.StreamCompleted());
        } finally {
            with.cancellation().clear(events.runId());
        }
    }

    /** Runs a loop step; whatever happens, the run's MCP connections close when it returns (end or pause). */
    private void guarded(Step step) {
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finishFailed(ErrorCategory.EXECUTION, AgentErrors.INTERRUPTED, "The server stopped the run.");
        } catch (DomainException e) {
            finishFailed(ErrorCategory.EXECUTION, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "run " + events.runId() + " failed", e);
            finishFailed(ErrorCategory.EXECUTION, AgentErrors.EXECUTION_ERROR, "The run failed because of an internal error.");
        } finally {
            safely(catalog::closeRunTools);
        }
    }

    /** A finishing step that must not stop the others (the run may have been moved meanwhile). */
    private void safely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + events.runId() + ": could not record its end", e);
        }
    }

    /** Told how the run ended (plan milestones follow their run). */
    @FunctionalInterface
    interface RunFinish {
        RunFinish NOTHING = status -> { };

        void finished(RunStatus status);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }
}
