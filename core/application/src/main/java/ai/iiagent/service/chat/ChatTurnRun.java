package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.chat.ChatToolCall;
import ai.iiagent.domain.chat.ChatToolStep;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.chat.ChatTurnListener;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.domain.agents.Message;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.domain.agents.ToolCall;
import ai.iiagent.port.out.llm.ToolSpec;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One chat turn: the credit gate, then model turns through metering (the user message id is the
 * run id of their reservations), streamed to the listener. When the model asks for tools they run
 * one after another, their results go back to the model and it streams again, up to
 * {@link #MAX_MODEL_TURNS}. The answer is stored unfinished first, its tool steps as they happen,
 * and completed when the turn ends, however it ends.
 */
final class ChatTurnRun {

    /** The least a turn needs to start unless the model uses the user's own key. */
    static final Credits MINIMUM_TO_START = Credits.of(1);
    /** Model turns one answer may take; the last is offered no tools, so it has to answer in text. */
    static final int MAX_MODEL_TURNS = 8;
    private static final Logger LOG = Logger.getLogger(ChatTurnRun.class.getName());
    private static final long STOP_POLL_NANOS = 100_000_000L;
    private static final String NOT_RUN = "The answer was stopped before this tool ran.";

    record Tools(ChatMessageRepository messages, GetCreditBalanceUseCase balance, BillableExecutor billable,
                 ChatStopSignal stops, ClockPort clock, ChatToolbox toolbox) {
    }

    private final Tools with;
    private final UserId userId;
    private final Session createdSession;
    private final ResolvedModel model;
    private final List<ChatMessage> earlier;
    private final ChatMessage question;
    private final Predicate<String> toolEnabled;
    private final List<ChatToolStep> steps = new ArrayList<>();
    private TokenUsage used = TokenUsage.NONE;

    ChatTurnRun(Tools with, UserId userId, Session createdSession, ResolvedModel model, List<ChatMessage> earlier,
                ChatMessage question, Predicate<String> toolEnabled) {
        this.with = with;
        this.userId = userId;
        this.createdSession = createdSession;
        this.model = model;
        this.earlier = List.copyOf(earlier);
        this.question = question;
        this.toolEnabled = toolEnabled;
    }

    ChatMessageId userMessageId() {
        return question.id();
    }

    void stream(ChatTurnListener listener) {
        long started = System.nanoTime();
        if (createdSession != null) {
            listener.sessionCreated(createdSession, model.modelId());
        }
        Credits available = with.balance().balance(new GetCreditBalanceQuery(userId)).total();
        if (!model.byok() && available.isLessThan(MINIMUM_TO_START)) {
            listener.error(InsufficientCreditsException.CODE.value(),
                    new InsufficientCreditsException(MINIMUM_TO_START, available).getMessage(), false);
            return;
        }
        ChatMessage answer = ChatMessage.pendingAnswer(question.sessionId(), model.modelId(), with.clock().now());
        with.messages().insert(answer);
        listener.contentStart();
        try {
            LlmTurn last = answer(answer, listener);
            listener.contentStop();
            listener.usage(used);
            with.messages().update(answer.withToolSteps(steps, used).answered(last.text(), used, last.finishReason()));
            listener.complete(answer.id(), last.finishReason(), (System.nanoTime() - started) / 1_000_000);
        } catch (LlmCallFailedException e) {
            fail(listener, answer, plus(used, e.usageSoFar()), "streaming_error", e.getMessage(), true);
        } catch (DomainException e) {
            fail(listener, answer, used, e.code().value(), e.getMessage(), !(e instanceof InsufficientCreditsException));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(listener, answer, used, "internal_error", "The chat turn was interrupted.", true);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "chat turn " + question.id() + " failed", e);
            fail(listener, answer, used, "internal_error", "The chat turn failed because of an internal error.", true);
        } finally {
            with.stops().clear(question.id());
        }
    }

    /** Model turns until one answers without tools (or the turn is stopped); returns that last turn. */
    private LlmTurn answer(ChatMessage answer, ChatTurnListener listener) throws InterruptedException {
        List<Message> conversation = new ArrayList<>(ChatHistory.conversation(earlier, question));
        LlmStreamListener relay = relay(listener);
        for (int turnNumber = 1; ; turnNumber++) {
            List<ToolSpec> offered = turnNumber < MAX_MODEL_TURNS ? with.toolbox().specs(toolEnabled) : List.of();
            LlmTurn turn = with.billable().streamLlm(charge(turnNumber), request(conversation, offered), relay);
            used = plus(used, turn.usage());
            if (turn.toolCalls().isEmpty()) {
                return turn;
            }
            if (turn.cancelled() || relay.stopRequested() || turnNumber >= MAX_MODEL_TURNS) { // calls left unrun are dropped
                return new LlmTurn(turn.text(), turnNumber >= MAX_MODEL_TURNS ? "max_turns" : "cancelled", turn.usage());
            }
            List<ChatToolCall> done = runTools(turn.toolCalls(), listener, relay);
            steps.add(new ChatToolStep(turn.text(), done));
            with.messages().update(answer.withToolSteps(steps, used));
            conversation.add(turn.asMessage());
            done.forEach(call -> conversation.add(Message.toolResult(call.id(), call.name(), call.output(),
                    call.error())));
            if (relay.stopRequested()) {
                return new LlmTurn("", "cancelled", TokenUsage.NONE);
            }
        }
    }

    private List<ChatToolCall> runTools(List<ToolCall> calls, ChatTurnListener listener, LlmStreamListener relay)
            throws InterruptedException {
        List<ChatToolCall> done = new ArrayList<>();
        for (ToolCall call : calls) {
            listener.toolCall(call.id(), call.name(), call.arguments());
            ToolOutcome outcome = relay.stopRequested() ? ToolOutcome.failed(NOT_RUN)
                    : with.toolbox().run(call, invocation(call), with.billable(), toolEnabled);
            String output = ChatToolbox.forModel(outcome);
            listener.toolResult(call.id(), call.name(), output, outcome.error());
            done.add(new ChatToolCall(call.id(), call.name(), call.arguments(), output, outcome.error()));
        }
        return done;
    }

    private ToolInvocation invocation(ToolCall call) {
        // The user message id keys the turn like a run id: reservations, sandbox work and logs follow it.
        return new ToolInvocation(userId, question.sessionId(), new RunId(question.id().value()), call.id(),
                call.arguments(), Map.of());
    }

    private void fail(ChatTurnListener listener, ChatMessage answer, TokenUsage usage, String code, String message,
                      boolean retryable) {
        listener.contentStop();
        with.messages().update(answer.withToolSteps(steps, usage).answered("", usage, "error"));
        listener.error(code, message, retryable);
    }

    private LlmCharge charge(int turnNumber) {
        // The first turn keeps the key of a tool-less answer, so a retried request never holds twice.
        return new LlmCharge(userId, question.sessionId().value(), question.id().value(),
                turnNumber == 1 ? "chat-turn" : "chat-turn-" + turnNumber, model.price(), model.maxOutputTokens(),
                model.byok());
    }

    private LlmRequest request(List<Message> conversation, List<ToolSpec> tools) {
        return new LlmRequest(model.provider(), model.modelId(), model.endpoint(), conversation, tools,
                model.maxOutputTokens());
    }

    private static TokenUsage plus(TokenUsage a, TokenUsage b) {
        return new TokenUsage(a.input() + b.input(), a.output() + b.output(), a.cacheRead() + b.cacheRead(),
                a.cacheWrite() + b.cacheWrite(), a.reasoning() + b.reasoning());
    }

    private LlmStreamListener relay(ChatTurnListener listener) {
        return new LlmStreamListener() {
            private long lastPoll;
            private boolean stop;

            @Override
            public void onTextDelta(String text) {
                listener.contentDelta(text);
            }

            @Override
            public void onReasoningDelta(String text) {
                listener.thinkingDelta(text);
            }

            @Override
            public boolean stopRequested() { // the flag may live in Redis: look at most every 100 ms
                long now = System.nanoTime();
                if (!stop && (lastPoll == 0 || now - lastPoll >= STOP_POLL_NANOS)) {
                    lastPoll = now;
                    stop = with.stops().isRaised(question.id());
                }
                return stop;
            }
        };
    }
}
