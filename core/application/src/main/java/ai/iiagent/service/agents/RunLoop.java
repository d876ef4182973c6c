package ai.iiagent.service.agents;

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
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.Role;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.port.out.tools.ToolPolicy;
import ai.iiagent.service.metering.CreditNotifications;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run's model loop: stream a turn through metering, publish its events, run the tools it asked
 * for, repeat; stop on a final answer, cancel, the turn limit, a loop, or a tool that needs the
 * user (then the run pauses and {@link #resume} picks it up). Every message goes to memory as it
 * is made, so history stays valid whenever the loop stops.
 */
final class RunLoop {

    private static final Logger LOG = Logger.getLogger(RunLoop.class.getName());

    private final AgentCollaborators with;
    private final AgentSettings settings;
    private final RunEvents events;
    private final UserId userId;
    private final UserFiles userFiles;
    private final ResolvedModel model;
    private final List<Message> messages;
    private final ToolRunner tools;
    private final ToolCatalog catalog;
    private final LoopGuard loopGuard;
    private final CancelCheck cancel;
    private final RunFinish onFinish;
    private final SessionEnvironment environment;
    // A resumed run gets a new loop: its calls need keys the earlier loop did not use (reservations are idempotent by key).
    private final String segment = UUID.randomUUID().toString().substring(0, 8);
    private int turns;

    RunLoop(AgentCollaborators with, AgentSettings settings, RunEvents events, Identity owner, ResolvedModel model,
            List<Message> history, ToolCatalog catalog, RunFinish onFinish) {
        this.with = with;
        this.settings = settings;
        this.events = events;
        this.userId = owner.userId();
        this.userFiles = new UserFiles(with.sharedFiles(), owner, events.sessionId());
        this.model = model;
        this.messages = new ArrayList<>(history);
        this.catalog = catalog;
        this.tools = new ToolRunner(catalog.byName(), settings.maxToolOutputChars(), with.billable());
        this.loopGuard = new LoopGuard(settings.loopThreshold());
        this.cancel = new CancelCheck(with.cancellation(), events.runId());
        this.onFinish = onFinish;
        this.environment = new SessionEnvironment(with.sessionSecrets(), with.cipher());
    }

    void start(String userText) {
        events.emit(new RunEvent.Processing("Working on it", model.modelId(), model.provider(), model.offline()));
        guarded(() -> {
            catalog.openRunTools(events);
            if (Compaction.needed(messages, model, settings.compactionRatio())) {
                compact();
            }
            record(Message.user(userText));
            loop();
        });
    }

    /** Replaces the history with a summary the model writes, so the run fits the model's window. */
    private void compact() {
        events.emit(new RunEvent.SummaryStarted("Summarising the conversation to fit the model's window"));
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                Compaction.request(messages), List.of(), model.maxOutputTokens());
        LlmCharge charge = new LlmCharge(userId, events.sessionId().value(), events.runId().value(), "compact-" + segment,
                model.price(), model.maxOutputTokens(), model.byok());
        LlmTurn turn = with.billable().streamLlm(charge, request, text -> { });
        Message summary = Compaction.summaryMessage(turn.text());
        with.memory().summarize(events.sessionId(), events.runId(), summary);
        List<Message> system = messages.stream().filter(message -> message.is(Role.SYSTEM)).limit(1).toList();
        messages.clear();
        messages.addAll(system);
        messages.add(summary);
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
            if (others.stream().anyMatch(call -> catalog.policyOf(call.name()) != ToolPolicy.AUTOMATIC)) {
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
        while (true) {
            if (cancel.raised()) {
                finishCancelled();
                return;
            }
            if (turns >= settings.maxTurns()) {
                finishStopped(AgentErrors.MAX_TURNS_REACHED, "The run stopped after " + turns + " model turns, its limit.");
                return;
            }
            turns++;
            LlmTurn turn = streamTurn();
            if (turn == null) {
                return;
            }
            if (turn.cancelled() || cancel.raised()) {
                answerUnanswered(turn.toolCalls(), "The run was cancelled before this tool ran.");
                finishCancelled();
                return;
            }
            if (turn.toolCalls().isEmpty()) {
                finishCompleted(turn.text());
                return;
            }
            if (loopGuard.repeatedTooOften(turn.toolCalls())) {
                answerUnanswered(turn.toolCalls(), "Not run: the same call was repeated too often.");
                finishStopped(AgentErrors.LOOP_DETECTED, "The agent repeated the same tool call " + settings.loopThreshold()
                        + " times in a row, so the run was stopped.");
                return;
            }
            turn.toolCalls().forEach(call -> events.emit(new RunEvent.ToolCalled(call.id(), call.name(), call.arguments())));
            List<ToolCall> needUser = turn.toolCalls().stream()
                    .filter(call -> catalog.policyOf(call.name()) != ToolPolicy.AUTOMATIC).toList();
            if (!needUser.isEmpty()) {
                pause(turn.toolCalls());
                return;
            }
            if (runTools(turn.toolCalls(), true, Map.of())) {
                finishCompleted("Done: " + turn.toolCalls().get(0).name() + " finished the run.");
                return;
            }
        }
    }

    private LlmTurn streamTurn() {
        DeltaBuffer text = DeltaBuffer.response(events);
        DeltaBuffer reasoning = DeltaBuffer.reasoning(events);
        LlmStreamListener listener = new LlmStreamListener() {
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
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(), messages,
                catalog.specs(), model.maxOutputTokens());
        LlmCharge charge = new LlmCharge(userId, events.sessionId().value(), events.runId().value(),
                "turn-" + segment + "-" + turns,
                model.price(), model.maxOutputTokens(), model.byok());
        try {
            // The turn's events and message are stored in its settlement's transaction: one commit per turn.
            return with.billable().streamLlm(charge, request, listener, turn -> {
                reasoning.flush();
                text.flush();
                if (turn.reasoning() != null && !turn.reasoning().isBlank()) {
                    events.emit(new RunEvent.Reasoning(turn.reasoning()));
                }
                if (!turn.text().isBlank()) {
                    events.emit(new RunEvent.Response(turn.text()));
                }
                record(turn.asMessage()); // with its provider data (signed thinking), stored too
            });
        } catch (InsufficientCreditsException e) {
            finishFailed(ErrorCategory.INSUFFICIENT_CREDITS, AgentErrors.INSUFFICIENT_CREDITS, e.getMessage());
            return null;
        }
    }

    /** @return true when a tool that ends the run succeeded */
    private boolean runTools(List<ToolCall> calls, boolean confirmed, Map<String, Object> userInput)
            throws InterruptedException {
        List<ToolCall> toRun = new ArrayList<>();
        List<ToolInvocation> invocations = new ArrayList<>();
        for (ToolCall call : calls) {
            if (!confirmed && catalog.policyOf(call.name()) != ToolPolicy.AUTOMATIC) {
                complete(call, ToolOutcome.failed("The user rejected this call."));
                continue;
            }
            toRun.add(call);
            invocations.add(new ToolInvocation(userId, events.sessionId(), events.runId(), call.id(), call.arguments(),
                    catalog.policyOf(call.name()) == ToolPolicy.AUTOMATIC ? Map.of() : userInput));
        }
        Map<String, String> variables = toRun.isEmpty() ? Map.of() : environment.variables(events.sessionId());
        invocations.replaceAll(invocation -> invocation.withEnvironment(variables));
        SecretMask mask = variables.isEmpty() ? SecretMask.NONE : new SecretMask(variables.values());
        List<ToolOutcome> outcomes = tools.runAll(toRun, invocations);
        boolean ends = false;
        for (int i = 0; i < toRun.size(); i++) {
            ToolOutcome outcome = userFiles.deliver(mask.apply(outcomes.get(i)));
            complete(toRun.get(i), outcome);
            ends |= !outcome.error() && catalog.endsRun(toRun.get(i).name());
        }
        return ends;
    }

    private void complete(ToolCall call, ToolOutcome outcome) {
        record(tools.asMessage(call, outcome));
        events.emit(new RunEvent.ToolResulted(call.id(), call.name(), call.arguments(),
                outcome.display().isEmpty() ? outcome.text() : outcome.display(), outcome.error()));
    }

    private void pause(List<ToolCall> calls) {
        List<RunEvent.WaitingCall> waiting = calls.stream().map(call -> new RunEvent.WaitingCall(call.id(), call.name(),
                call.arguments(), catalog.policyOf(call.name()) == ToolPolicy.REQUIRES_CONFIRMATION,
                catalog.policyOf(call.name()) == ToolPolicy.REQUIRES_USER_INPUT)).toList();
        with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.PAUSED, "waiting for the user", null));
        events.emit(new RunEvent.ToolConfirmation("The agent needs your answer to continue.", waiting));
    }

    private void answerUnanswered(List<ToolCall> calls, String why) {
        calls.forEach(call -> record(Message.toolResult(call.id(), call.name(), why, true)));
    }

    private void finishCompleted(String text) {
        with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.COMPLETED, "completed", null));
        onFinish.finished(RunStatus.COMPLETED);
        events.emit(new RunEvent.Completed(text));
        streamComplete();
    }

    private void finishCancelled() {
        // Metering stops a run whose credits ran out through the same flag; say which it was.
        boolean broke = !model.byok() && with.balance().balance(new GetCreditBalanceQuery(userId)).total()
                .isLessThan(CreditNotifications.MINIMUM_TO_CONTINUE);
        String why = broke ? "The run stopped: your credits ran out." : "Run cancelled by the user.";
        safely(() -> with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.CANCELLED,
                broke ? "credits ran out" : "cancelled", null)));
        onFinish.finished(RunStatus.CANCELLED);
        events.emit(new RunEvent.Interrupted(why, broke ? RunEvent.RunEnd.CREDITS_RAN_OUT : RunEvent.RunEnd.CANCELLED));
        streamComplete();
    }

    private void finishStopped(ErrorCode code, String message) {
        finishFailed(ErrorCategory.EXECUTION, code, message);
    }

    private void finishFailed(ErrorCategory category, ErrorCode code, String message) {
        safely(() -> with.moveRun().move(new MoveRunCommand(events.runId(), RunStatus.FAILED, code.value(), message)));
        onFinish.finished(RunStatus.FAILED);
        events.emit(new RunEvent.ErrorOccurred(category, code, message, true));
        events.emit(new RunEvent.Interrupted(message, RunEvent.RunEnd.FAILED));
        streamComplete();
    }

    private void streamComplete() {
        with.cancellation().clear(events.runId());
        events.emit(new RunEvent.StreamCompleted());
    }

    private void record(Message message) {
        messages.add(message);
        with.memory().append(events.sessionId(), events.runId(), List.of(message));
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
