package ai.iiagent.service.chat;

import ai.iiagent.domain.chat.ChatMessage;
import ai.iiagent.domain.chat.ChatMessageId;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.sessions.Session;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.domain.chat.ChatTurnListener;
import ai.iiagent.port.in.credits.GetCreditBalanceQuery;
import ai.iiagent.port.in.credits.GetCreditBalanceUseCase;
import ai.iiagent.port.out.chat.ChatMessageRepository;
import ai.iiagent.port.out.chat.ChatStopSignal;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.llm.ResolvedModel;
import ai.iiagent.service.metering.BillableExecutor;
import ai.iiagent.service.metering.LlmCharge;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One chat turn: the credit gate, then one model turn through metering (the user message id is the
 * run id of its reservation), streamed to the listener; the answer is stored unfinished first and
 * completed when the turn ends, however it ends.
 */
final class ChatTurnRun {

    /** The least a turn needs to start unless the model uses the user's own key. */
    static final Credits MINIMUM_TO_START = Credits.of(1);
    private static final Logger LOG = Logger.getLogger(ChatTurnRun.class.getName());
    private static final long STOP_POLL_NANOS = 100_000_000L;

    record Tools(ChatMessageRepository messages, GetCreditBalanceUseCase balance, BillableExecutor billable,
                 ChatStopSignal stops, ClockPort clock) {
    }

    private final Tools with;
    private final UserId userId;
    private final Session createdSession;
    private final ResolvedModel model;
    private final List<ChatMessage> earlier;
    private final ChatMessage question;

    ChatTurnRun(Tools with, UserId userId, Session createdSession, ResolvedModel model, List<ChatMessage> earlier,
                ChatMessage question) {
        this.with = with;
        this.userId = userId;
        this.createdSession = createdSession;
        this.model = model;
        this.earlier = List.copyOf(earlier);
        this.question = question;
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
            LlmTurn turn = with.billable().streamLlm(charge(), request(), relay(listener));
            listener.contentStop();
            listener.usage(turn.usage());
            with.messages().update(answer.answered(turn.text(), turn.usage(), turn.finishReason()));
            listener.complete(answer.id(), turn.finishReason(), (System.nanoTime() - started) / 1_000_000);
        } catch (LlmCallFailedException e) {
            fail(listener, answer, e.usageSoFar(), "streaming_error", e.getMessage(), true);
        } catch (DomainException e) {
            fail(listener, answer, TokenUsage.NONE, e.code().value(), e.getMessage(),
                    !(e instanceof InsufficientCreditsException));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "chat turn " + question.id() + " failed", e);
            fail(listener, answer, TokenUsage.NONE, "internal_error", "The chat turn failed because of an internal error.", true);
        } finally {
            with.stops().clear(question.id());
        }
    }

    private void fail(ChatTurnListener listener, ChatMessage answer, TokenUsage used, String code, String message,
                      boolean retryable) {
        listener.contentStop();
        with.messages().update(answer.answered("", used, "error"));
        listener.error(code, message, retryable);
    }

    private LlmCharge charge() {
        return new LlmCharge(userId, question.sessionId().value(), question.id().value(), "chat-turn", model.price(),
                model.maxOutputTokens(), model.byok());
    }

    private LlmRequest request() {
        return new LlmRequest(model.provider(), model.modelId(), model.endpoint(),
                ChatHistory.conversation(earlier, question), List.of(), model.maxOutputTokens());
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
