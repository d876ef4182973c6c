package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingTransaction;
import ai.iiagent.domain.billing.CheckoutCompleted;
import ai.iiagent.domain.billing.InvoicePaid;
import ai.iiagent.domain.billing.OtherPaymentEvent;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.domain.billing.PaymentEventOutcome;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.SubscriptionChanged;
import ai.iiagent.port.in.billing.HandlePaymentEventCommand;
import ai.iiagent.port.in.billing.HandlePaymentEventUseCase;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.out.billing.BillingTransactionRepository;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.tx.UnitOfWork;
import java.util.Objects;

/**
 * Claims the event id, applies the event's effect and records the outcome, all in one unit of
 * work: a crash or failure leaves neither the record nor the effect, so the provider's retry
 * applies it again; a second delivery finds the claim and changes nothing.
 */
public final class HandlePaymentEventService implements HandlePaymentEventUseCase {

    private final UnitOfWork unitOfWork;
    private final BillingTransactionRepository transactions;
    private final ClockPort clock;
    private final PaymentEffects effects;

    public HandlePaymentEventService(UnitOfWork unitOfWork, BillingTransactionRepository transactions,
                                     SubscriptionRepository subscriptions, GrantCreditsUseCase grants,
                                     PlanCatalog catalog, ClockPort clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.effects = new PaymentEffects(subscriptions, grants, catalog);
    }

    @Override
    public PaymentEventOutcome handle(HandlePaymentEventCommand command) {
        PaymentEvent event = command.event();
        return unitOfWork.inTransaction(() -> {
            if (!transactions.claim(event.eventId(), event.type(), clock.now())) {
                return PaymentEventOutcome.DUPLICATE;
            }
            BillingTransaction record = switch (event) {
                case CheckoutCompleted completed -> effects.checkoutCompleted(completed);
                case InvoicePaid invoice -> effects.invoicePaid(invoice);
                case SubscriptionChanged changed -> effects.subscriptionChanged(changed);
                case OtherPaymentEvent other -> BillingTransaction.ignored(other, "event type not handled");
            };
            transactions.complete(record);
            return record.outcome();
        });
    }
}
