package ai.iiagent.service.credits;

import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.LlmQuote;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.credits.CreditAccountRepository;
import ai.iiagent.port.out.credits.CreditLedgerRepository;
import ai.iiagent.port.out.credits.CreditReservationRepository;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.Optional;

/** Quotes against the locked balance and holds in the same transaction, so the quote cannot go stale. */
public final class ReserveCreditsService implements ReserveCreditsUseCase {

    private final AccountBook book;
    private final CreditReservationRepository reservations;
    private final UnitOfWork unitOfWork;
    private final ClockPort clock;

    public ReserveCreditsService(CreditAccountRepository accounts, CreditLedgerRepository ledger,
                                 CreditReservationRepository reservations, UnitOfWork unitOfWork, ClockPort clock) {
        this.book = new AccountBook(accounts, ledger);
        this.reservations = reservations;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public CreditReservation reserve(ReserveCreditsCommand command) {
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

    private static LlmQuote quote(HoldRequest hold, CreditAccount account) {
        return switch (hold) {
            case HoldRequest.Fixed fixed -> new LlmQuote(0, fixed.amount(), fixed.amount().toUsd());
            case HoldRequest.Llm llm -> llm.byok() || llm.price().isFree() ? LlmQuote.free(llm.modelCap())
                    : LlmQuote.forCall(account.available(), llm.price(), llm.estimatedInputTokens(), llm.modelCap());
        };
    }
}
