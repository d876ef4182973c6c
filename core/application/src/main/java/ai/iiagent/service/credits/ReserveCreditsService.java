package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.InsufficientCreditsException;
import ai.iiagent.domain.credits.ReservationId;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditFastPath;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.time.Instant;
import java.util.Optional;

/**
 * Quotes against the locked balance and holds in the same transaction, so the quote cannot go stale.
 * The common case (the balance is well above what the call can cost, so the quote does not depend on
 * it) takes the {@link CreditFastPath}: the quote is planned here with the balance from which it holds,
 * and the store checks that bound under the lock; anything else goes the full way below.
 */
public final class ReserveCreditsService implements ReserveCreditsUseCase {

    /** A balance no account reaches: quoting against it gives the model's full output cap. */
    private static final Credits UNBOUNDED = Credits.of(1_000_000_000_000L);

    private final AccountBook book;
    private final CreditReservationRepository reservations;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;
    private final CreditFastPath fast;

    public ReserveCreditsService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                 CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock) {
        this(accounts, ledger, reservations, unitOfWork, clock, CreditFastPath.NONE);
    }

    public ReserveCreditsService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                 CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock,
                                 CreditFastPath fast) {
        this.book = new AccountBook(accounts, ledger);
        this.reservations = reservations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.fast = fast;
    }

    @Override
    public CreditReservation reserve(ReserveCreditsCommand command) {
        Optional<CreditFastPath.Hold> planned = plan(command);
        if (planned.isPresent()) {
            Optional<CreditReservation> held = fast.bookHold(planned.get());
            if (held.isPresent()) {
                return held.get();
            }
        }
        return unitOfWork.inTransaction(() -> {
            CreditAccount account = book.lock(command.userId());
            Optional<CreditReservation> existing = reservations.findByKey(command.idempotencyKey());
            if (existing.isPresent()) {
                return existing.get();
            }
            LlmQuote quote = quote(command.hold(), account);
            CreditAccount.Reserved reserved = account.reserve(quote.hold(), quote.outputCap(), command.subject(),
                    command.idempotencyKey(), clock.now());
            reservations.insert(reserved.reservation());
            book.write(reserved.account(), reserved.entries());
            return reserved.reservation();
        });
    }

    /** The hold as the full path would make it on any balance of at least {@code minAvailable}; empty if none. */
    private Optional<CreditFastPath.Hold> plan(ReserveCreditsCommand command) {
        Credits amount;
        Credits minAvailable = null;
        int outputCap;
        switch (command.hold()) {
            case HoldRequest.Fixed fixed -> {
                amount = fixed.amount();
                outputCap = 0;
            }
            case HoldRequest.Llm llm when llm.byok() || llm.price().isFree() -> {
                amount = Credits.ZERO;
                outputCap = llm.modelCap();
            }
            case HoldRequest.Llm llm -> {
                LlmQuote full = LlmQuote.forCall(UNBOUNDED, llm.price(), llm.estimatedInputTokens(), llm.modelCap());
                // Smallest whole-credit balance with the same budget: available + window ≥ what the call can cost.
                Credits bound = Credits.fromUsd(full.maxUsd()).minus(CreditAccount.SHORTFALL_WINDOW)
                        .plus(Credits.of(1)).max(Credits.of("0.000001"));
                try {
                    LlmQuote atBound = LlmQuote.forCall(bound, llm.price(), llm.estimatedInputTokens(), llm.modelCap());
                    if (atBound.outputCap() != full.outputCap() || atBound.hold().compareTo(full.hold()) != 0) {
                        return Optional.empty();
                    }
                } catch (InsufficientCreditsException notAtThisBound) {
                    return Optional.empty();
                }
                amount = full.hold();
                minAvailable = bound;
                outputCap = full.outputCap();
            }
        }
        if (amount.isNegative()) {
            return Optional.empty();
        }
        Instant now = clock.now();
        return Optional.of(new CreditFastPath.Hold(ReservationId.random(), command.userId(), command.idempotencyKey(),
                amount, minAvailable, outputCap, command.subject(), now, now.plus(CreditAccount.RESERVATION_LIFETIME)));
    }

    private static LlmQuote quote(HoldRequest hold, CreditAccount account) {
        return switch (hold) {
            case HoldRequest.Fixed fixed -> new LlmQuote(0, fixed.amount(), fixed.amount().toUsd());
            case HoldRequest.Llm llm -> llm.byok() || llm.price().isFree() ? LlmQuote.free(llm.modelCap())
                    : LlmQuote.forCall(account.available(), llm.price(), llm.estimatedInputTokens(), llm.modelCap());
        };
    }
}
