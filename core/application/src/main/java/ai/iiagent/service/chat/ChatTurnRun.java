package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatErrors;
import ai.iiagent.domain.chat.ChatFinishReasons;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.domain.agents.RunPolicy;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatSettings;
import ai.iiagent.domain.chat.ChatSummary;
import ai.iiagent.port.out.chat.ChatSummaryRepository;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.service.agents.Compaction;
import java.util.Optional;
import ai.iiagent.domain.chat.ChatToolCall;
import ai.iiagent.domain.chat.ChatToolStep;
import ai.iiagent.domain.chat.ChatTurnListener;
import ai.iiagent.domain.credits.CreditGate;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.Identity;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.files.Attachment;
import ai.iiagent.service.agents.AttachedInput;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmSampling;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.agents.engine.LoopEnd;
import ai.iiagent.service.agents.engine.LoopHost;
import ai.iiagent.service.agents.engine.ModelLoop;
import ai.iiagent.service.agents.engine.ToolBatch;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One chat answer: the credit gate, then the engine's {@link ModelLoop} under the chat policy
 * ({@link RunPolicy#CHAT}: up to 8 model turns, the last offered no tools, tools one after another).
 * What chat adds as the loop's host: the user message id is the run id of its reservations, deltas
 * and tool steps stream to the listener (SSE), and the answer is stored unfinished first, its tool
 * steps as they happen, and completed when the turn ends, however it ends.
 */
final class ChatTurnRun implements LoopHost {

    private static final Logger LOG = Logger.getLogger(ChatTurnRun.class.getName());
    private static final long STOP_POLL_NANOS = 100_000_000L;
    private static final String NOT_RUN = "The answer was stopped before this tool ran.";

    record Tools(ChatMessageRepository messages, GetCreditBalanceUseCase balance, BillableExecutor billable,
                 ChatStopSignal stops, ClockPort clock, ChatToolbox toolbox, ChatAttachments attachments,
                 ChatSummaryRepository summaries, double compactionRatio) {
    }

    private final Tools with;
    private final Identity owner;
    private final UserId userId;
    private final List<Attachment> attached;
    private final List<ResolvedModel> council;
    private final Session createdSession;
    private final ResolvedModel model;
    private final List<ChatMessage> earlier;
    private final ChatMessage question;
    private final Predicate<String> toolEnabled;
    private final ChatSettings advanced;
    private final List<ChatToolStep> steps = new ArrayList<>();
    private TokenUsage used = TokenUsage.NONE;
    private ChatTurnListener listener;
    private ChatMessage answer;
    private long lastPoll;
    private boolean stop;

    ChatTurnRun(Tools with, Identity owner, Session createdSession, ResolvedModel model, List<ChatMessage> earlier,
                ChatMessage question, Predicate<String> toolEnabled, ChatSettings advanced, List<Attachment> attached,
                List<ResolvedModel> council) {
        this.with = with;
        this.owner = owner;
        this.userId = owner.userId();
        this.attached = List.copyOf(attached);
        this.council = List.copyOf(council);
        this.createdSession = createdSession;
        this.model = model;
        this.earlier = List.copyOf(earlier);
        this.question = question;
        this.toolEnabled = toolEnabled;
        this.advanced = advanced;
    }

    ChatMessageId userMessageId() {
        return question.id();
    }

    void stream(ChatTurnListener listener) {
        long started = System.nanoTime();
        this.listener = listener;
        if (createdSession != null) {
            listener.sessionCreated(createdSession, model.modelId());
        }
        Credits available = with.balance().balance(new GetCreditBalanceQuery(userId)).total();
        boolean allByok = model.byok() && council.stream().allMatch(ResolvedModel::byok);
        if (!CreditGate.STANDARD.mayStart(available, allByok)) {
            listener.error(InsufficientCreditsException.CODE.value(),
                    new InsufficientCreditsException(CreditGate.STANDARD.minimum(), available).getMessage(), false);
            return;
        }
        answer = ChatMessage.pendingAnswer(question.sessionId(), model.modelId(), with.clock().now());
        with.messages().insert(answer);
        listener.contentStart();
        try {
            LlmTurn last = answer();
            listener.contentStop();
            listener.usage(used);
            with.messages().update(answer.withToolSteps(steps, used).answered(last.text(), used, last.finishReason()));
            listener.complete(answer.id(), last.finishReason(), (System.nanoTime() - started) / 1_000_000);
        } catch (LlmCallFailedException e) {
            fail(plus(used, e.usageSoFar()), ChatErrors.STREAMING_ERROR.value(), e.getMessage(), true);
        } catch (DomainException e) {
            fail(used, e.code().value(), e.getMessage(), !(e instanceof InsufficientCreditsException));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(used, ChatErrors.INTERNAL_ERROR.value(), "The chat turn was interrupted.", true);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "chat turn " + question.id() + " failed", e);
            fail(used, ChatErrors.INTERNAL_ERROR.value(), "The chat turn failed because of an internal error.", true);
        } finally {
            with.stops().clear(question.id());
        }
    }

    /** Model turns until one answers without tools (or the turn is stopped); returns the answer to store. */
    private LlmTurn answer() throws InterruptedException {
        List<Message> conversation = new ArrayList<>();
        if (advanced.systemPrompt() != null) {
            conversation.add(Message.system(advanced.systemPrompt()));
        }
        // the newest summary stands in for the messages it covers (reference §11.4)
        List<ChatMessage> after = earlier;
        Optional<ChatSummary> summary = with.summaries().latest(question.sessionId());
        int covered = summary.map(s -> indexOf(earlier, s.endMessageId())).orElse(-1);
        if (covered >= 0) {
            conversation.add(Compaction.summaryMessage(summary.get().text()));
            after = earlier.subList(covered + 1, earlier.size());
        }
        conversation.addAll(ChatHistory.conversation(after, question));
        if (!attached.isEmpty()) { // the files go with this message: images as parts, documents' text (and indexed)
            AttachedInput input = with.attachments().read(owner, question.sessionId(), question.id(), attached, model);
            conversation.set(conversation.size() - 1, Message.user(input.appendedTo(question.content()), input.images()));
        }
        RunPolicy summarising = new RunPolicy(RunPolicy.CHAT.maxTurns(), 0, with.compactionRatio(),
                RunPolicy.CHAT.maxToolOutputChars(), false, true);
        if (!after.isEmpty() && summarising.needsCompaction(conversation, model.contextWindow())) {
            conversation = summarised(conversation, earlier.getLast());
        }
        if (!council.isEmpty()) { // the members answer first; the synthesis model reads their answers with the message
            Message asked = conversation.getLast();
            String answers = new ChatCouncilRound(this, council).answers(List.copyOf(conversation));
            conversation.set(conversation.size() - 1, Message.user(asked.text() + answers, asked.images()));
            listener.councilSynthesisStart(model.modelId(), model.displayName());
        }
        ModelLoop loop = new ModelLoop(with.billable(), model, RunPolicy.CHAT,
                with.toolbox().runner(toolEnabled, with.billable()), this, conversation);
        return switch (loop.run()) {
            case LoopEnd.Answered answered -> answered.turn();
            case LoopEnd.Stopped stopped -> stopped.turn() == null
                    ? new LlmTurn("", ChatFinishReasons.CANCELLED, TokenUsage.NONE)
                    // calls left unrun are dropped
                    : new LlmTurn(stopped.turn().text(), ChatFinishReasons.CANCELLED, stopped.turn().usage());
            case LoopEnd.TurnLimit limit -> new LlmTurn(limit.turn() == null ? "" : limit.turn().text(),
                    ChatFinishReasons.MAX_TURNS, TokenUsage.NONE);
            // Chat offers no tool that waits for the user or ends the run, and detects no loops.
            case LoopEnd.Looping looping -> new LlmTurn(looping.turn().text(), ChatFinishReasons.MAX_TURNS, TokenUsage.NONE);
            case LoopEnd.Paused paused -> new LlmTurn(paused.turn().text(), ChatFinishReasons.STOP, TokenUsage.NONE);
            case LoopEnd.EndedByTool ended -> new LlmTurn(ended.turn().text(), ChatFinishReasons.STOP, TokenUsage.NONE);
        };
    }

    /**
     * Compaction as in agent runs ({@link Compaction}): the model summarises the conversation before
     * the new message (a billed call of its own), the summary is stored to stand in for it from now on,
     * and the answer gets the system prompt, the summary and the new message.
     */
    private List<Message> summarised(List<Message> conversation, ChatMessage last) {
        listener.summaryStarted();
        List<Message> before = conversation.subList(0, conversation.size() - 1);
        LlmRequest request = new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                Compaction.request(before), List.of(), model.maxOutputTokens());
        LlmCharge charge = new LlmCharge(userId, question.sessionId().value(), question.id().value(), "chat-summary",
                model.price(), model.maxOutputTokens(), model.byok());
        LlmTurn turn = with.billable().streamLlm(charge, request, delta -> { }, settled -> addUsage(settled.usage()));
        with.summaries().save(new ChatSummary(question.sessionId(), last.id(), turn.text()));
        listener.summaryCompleted(turn.text());
        List<Message> kept = new ArrayList<>();
        if (advanced.systemPrompt() != null) {
            kept.add(Message.system(advanced.systemPrompt()));
        }
        kept.add(Compaction.summaryMessage(turn.text()));
        kept.add(conversation.getLast());
        return kept;
    }

    private static int indexOf(List<ChatMessage> messages, ChatMessageId id) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // ---- the loop's host: charges, tools, SSE, the chat message store -----------------------------

    @Override
    public LlmCharge charge(int turn) {
        // The first turn keeps the key of a tool-less answer, so a retried request never holds twice.
        return new LlmCharge(userId, question.sessionId().value(), question.id().value(),
                turn == 1 ? "chat-turn" : "chat-turn-" + turn, model.price(), model.maxOutputTokens(), model.byok());
    }

    @Override
    public LlmSampling sampling() {
        return new LlmSampling(advanced.temperature(), advanced.reasoningEffort());
    }

    @Override
    public List<ToolSpec> tools() {
        return with.toolbox().specs(toolEnabled);
    }

    @Override
    public LlmStreamListener stream(int turn) {
        return new LlmStreamListener() {
            @Override
            public void onTextDelta(String text) {
                listener.contentDelta(text);
            }

            @Override
            public void onReasoningDelta(String text) {
                listener.thinkingDelta(text);
            }

            @Override
            public void onToolCallDelta(String callId, String toolName, String argumentsDelta) {
                listener.toolCallDelta(callId, toolName, argumentsDelta);
            }

            @Override
            public boolean stopRequested() {
                return ChatTurnRun.this.stopRequested();
            }
        };
    }

    @Override
    public synchronized boolean stopRequested() { // the flag may live in Redis: look at most every 100 ms
        long now = System.nanoTime();
        if (!stop && (lastPoll == 0 || now - lastPoll >= STOP_POLL_NANOS)) {
            lastPoll = now;
            stop = with.stops().isRaised(question.id());
        }
        return stop;
    }

    @Override
    public void settled(LlmTurn turn) {
        addUsage(turn.usage());
    }

    /** Usage of a model call of this turn (council members settle from their own threads). */
    synchronized void addUsage(TokenUsage usage) {
        used = plus(used, usage);
    }

    /** The charge of council member number {@code member} (from 1): its own key, the turn's run id. */
    LlmCharge councilCharge(int member, ResolvedModel memberModel) {
        return new LlmCharge(userId, question.sessionId().value(), question.id().value(), "chat-council-" + member,
                memberModel.price(), memberModel.maxOutputTokens(), memberModel.byok());
    }

    ChatTurnListener listener() {
        return listener;
    }

    BillableExecutor billable() {
        return with.billable();
    }

    @Override
    public void recorded(Message message) {
        // Chat keeps its conversation as chat messages with tool steps (turnAnswered), not as agent memory.
    }

    @Override
    public void toolCalled(ToolCall call) {
        listener.toolCall(call.id(), call.name(), call.arguments());
    }

    @Override
    public boolean needsUser(ToolCall call) {
        return false;
    }

    @Override
    public ToolBatch toolBatch(List<ToolCall> calls) {
        // The user message id keys the turn like a run id: reservations, sandbox work and logs follow it.
        return new ToolBatch() {
            @Override
            public ToolInvocation invocation(ToolCall call) {
                return new ToolInvocation(userId, question.sessionId(), new RunId(question.id().value()), call.id(),
                        call.arguments(), Map.of());
            }

            @Override
            public ToolOutcome delivered(ToolCall call, ToolOutcome outcome) {
                // files a tool hands over (generate_image's picture) join the session's files, as in agent runs
                return with.toolbox().delivered(owner, question.sessionId(), outcome);
            }
        };
    }

    @Override
    public void toolAnswered(ToolCall call, ToolOutcome outcome) {
        listener.toolResult(call.id(), call.name(), ChatToolbox.forModel(outcome), outcome.error());
    }

    @Override
    public void turnAnswered(LlmTurn turn, List<ToolOutcome> outcomes) {
        List<ChatToolCall> done = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ToolCall call = turn.toolCalls().get(i);
            done.add(new ChatToolCall(call.id(), call.name(), call.arguments(), ChatToolbox.forModel(outcomes.get(i)),
                    outcomes.get(i).error()));
        }
        steps.add(new ChatToolStep(turn.text(), done));
        with.messages().update(answer.withToolSteps(steps, used));
    }

    @Override
    public String notRun() {
        return NOT_RUN;
    }

    private void fail(TokenUsage usage, String code, String message, boolean retryable) {
        listener.contentStop();
        with.messages().update(answer.withToolSteps(steps, usage).answered("", usage, "error"));
        listener.error(code, message, retryable);
    }

    private static TokenUsage plus(TokenUsage a, TokenUsage b) {
        return new TokenUsage(a.input() + b.input(), a.output() + b.output(), a.cacheRead() + b.cacheRead(),
                a.cacheWrite() + b.cacheWrite(), a.reasoning() + b.reasoning());
    }
}
