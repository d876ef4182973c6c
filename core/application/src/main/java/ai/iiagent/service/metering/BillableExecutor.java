package ai.iiagent.service.metering;

import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.TokenUsage;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.credits.ReservationStatus;
import ai.iiagent.port.in.credits.ReleaseReservationCommand;
import ai.iiagent.port.in.credits.ReleaseReservationUseCase;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.in.credits.SettleReservationCommand;
import ai.iiagent.port.in.credits.SettleReservationUseCase;
import ai.iiagent.port.in.credits.Settlement;
import ai.iiagent.port.out.llm.LlmCallFailedException;
import ai.iiagent.port.out.llm.LlmPort;
import ai.iiagent.port.out.llm.LlmRequest;
import ai.iiagent.port.out.llm.LlmStreamListener;
import ai.iiagent.port.out.llm.LlmTurn;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The only way to spend credits: quote → reserve → run the billable call with the reservation →
 * settle the actual usage, or release the hold when the call fails without using anything. Agents
 * and chat call this: it is the only caller of the reservation-taking methods (architecture rule
 * {@code reservations_are_taken_only_by_metering}), and every billable port method takes a reservation.
 */
public final class BillableExecutor {

    private static final int MAX_RETRY_HOLDS = 1_000;
    private static final UnitOfWork EACH_ON_ITS_OWN = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final ReserveCreditsUseCase reserve;
    private final SettleReservationUseCase settle;
    private final ReleaseReservationUseCase release;
    private final LlmPort llm;
    private final SettlementListener listener;
    private final UnitOfWork unitOfWork;

    public BillableExecutor(ReserveCreditsUseCase reserve, SettleReservationUseCase settle,
                            ReleaseReservationUseCase release, LlmPort llm, SettlementListener listener) {
        this(reserve, settle, release, llm, listener, EACH_ON_ITS_OWN);
    }

    /** With a unit of work, a turn's settlement and what the caller stores with it commit together. */
    public BillableExecutor(ReserveCreditsUseCase reserve, SettleReservationUseCase settle,
                            ReleaseReservationUseCase release, LlmPort llm, SettlementListener listener,
                            UnitOfWork unitOfWork) {
        this.reserve = reserve;
        this.settle = settle;
        this.release = release;
        this.llm = llm;
        this.listener = listener;
        this.unitOfWork = unitOfWork;
    }

    /** One LLM turn, capped at the output tokens the balance pays for; reasoning and caches billed as used. */
    public LlmTurn streamLlm(LlmCharge charge, LlmRequest request, LlmStreamListener deltas) {
        return streamLlm(charge, request, deltas, turn -> { });
    }

    /**
     * One LLM turn as {@link #streamLlm(LlmCharge, LlmRequest, LlmStreamListener)}, and
     * {@code withSettlement} (storing the turn's message and events) runs in the settlement's
     * transaction: one durable commit for both, so the turn is never billed without its record or
     * recorded without its bill (events reach the bus after that commit). A turn that fails mid-way
     * is settled alone and {@code withSettlement} does not run.
     */
    public LlmTurn streamLlm(LlmCharge charge, LlmRequest request, LlmStreamListener deltas,
                             Consumer<LlmTurn> withSettlement) {
        BillingSubject subject = BillingSubject.llm(charge.sessionId(), charge.runId(), request.provider(), request.modelId());
        long estimatedInput = Math.ceilDiv(request.characters(), 4);
        CreditReservation reservation = hold(charge.idempotencyKey(), key -> new ReserveCreditsCommand(charge.userId(),
                subject, key, new HoldRequest.Llm(charge.price(), estimatedInput, charge.modelCap(), charge.byok())));
        LlmTurn turn;
        try {
            turn = llm.stream(request.withMaxOutputTokens(reservation.outputCap()), reservation, deltas);
        } catch (LlmCallFailedException e) {
            settleLlm(charge, subject, reservation, e.usageSoFar());
            throw e;
        } catch (RuntimeException | Error e) {
            release.release(new ReleaseReservationCommand(reservation.id()));
            throw e;
        }
        LlmTurn done = turn;
        try {
            unitOfWork.run(() -> {
                settleLlm(charge, subject, reservation, done.usage());
                withSettlement.accept(done);
            });
        } catch (RuntimeException e) {
            // Everything rolled back: the turn is still billed on its own, then the failure surfaces.
            try {
                settleLlm(charge, subject, reservation, done.usage());
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        return turn;
    }

    /** One tool call holding its declared maximum cost (zero for a free tool: recorded, nothing taken). */
    public <T> T runPaidTool(ToolCharge charge, PaidToolCall<T> call) {
        BillingSubject subject = BillingSubject.tool(charge.sessionId(), charge.runId(), charge.toolName());
        CreditReservation reservation = hold(charge.idempotencyKey(), key -> new ReserveCreditsCommand(charge.userId(),
                subject, key, new HoldRequest.Fixed(charge.maxCost())));
        T result;
        try {
            result = call.call(reservation);
        } catch (RuntimeException | Error e) {
            release.release(new ReleaseReservationCommand(reservation.id()));
            throw e;
        }
        Credits cost = call.cost(result);
        Settlement settlement = settle.settle(new SettleReservationCommand(reservation.id(), cost, TokenUsage.NONE,
                cost.toUsd(), false));
        if (charge.maxCost().isPositive() || cost.isPositive()) {
            listener.settled(charge.userId(), subject, settlement); // a free call moved no credit: nothing to tell
        }
        return result;
    }

    /**
     * The call's hold under its key. A key whose earlier hold was given back (the call failed, or the hold expired
     * unused) took nothing, so a retry holds again under a key derived from it: billed once, never free. A key
     * already settled stays settled (the call was paid for; running it again costs nothing more).
     */
    private CreditReservation hold(String key, Function<String, ReserveCreditsCommand> command) {
        for (int retry = 0; retry <= MAX_RETRY_HOLDS; retry++) {
            CreditReservation reservation = reserve.reserve(command.apply(RetryKeys.of(key, retry)));
            if (reservation.status() != ReservationStatus.RELEASED && reservation.status() != ReservationStatus.EXPIRED) {
                return reservation;
            }
        }
        throw new IllegalStateException("call " + key + " was retried more than " + MAX_RETRY_HOLDS + " times");
    }

    private void settleLlm(LlmCharge charge, BillingSubject subject, CreditReservation reservation, TokenUsage usage) {
        Credits actual = charge.byok() ? Credits.ZERO : usage.cost(charge.price());
        Settlement settlement = settle.settle(new SettleReservationCommand(reservation.id(), actual, usage,
                charge.byok() ? BigDecimal.ZERO : usage.costUsd(charge.price()), charge.byok()));
        listener.settled(charge.userId(), subject, settlement);
    }
}
