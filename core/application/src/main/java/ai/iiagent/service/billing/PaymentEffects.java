package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingCycle;
import ai.iiagent.domain.billing.BillingTransaction;
import ai.iiagent.domain.billing.CheckoutCompleted;
import ai.iiagent.domain.billing.CheckoutMode;
import ai.iiagent.domain.billing.InvoicePaid;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.domain.billing.PaymentEventOutcome;
import ai.iiagent.domain.billing.PaymentMetadata;
import ai.iiagent.domain.billing.Plan;
import ai.iiagent.domain.billing.PlanCatalog;
import ai.iiagent.domain.billing.PlanPrice;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.billing.SubscriptionChanged;
import ai.iiagent.domain.credits.CreditPool;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.LedgerEntryType;
import ai.iiagent.domain.shared.DomainException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.credits.GrantCreditsCommand;
import ai.iiagent.port.in.credits.GrantCreditsUseCase;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The effect of each handled event type; runs inside the unit of work that claimed the event. */
final class PaymentEffects {

    private final SubscriptionRepository subscriptions;
    private final GrantCreditsUseCase grants;
    private final PlanCatalog catalog;

    PaymentEffects(SubscriptionRepository subscriptions, GrantCreditsUseCase grants, PlanCatalog catalog) {
        this.subscriptions = subscriptions;
        this.grants = grants;
        this.catalog = catalog;
    }

    BillingTransaction checkoutCompleted(CheckoutCompleted event) {
        Optional<Subscription> found = lockedUser(event.metadata(), event.clientReferenceId(), event.customerId());
        if (found.isEmpty()) {
            return BillingTransaction.ignored(event, "names no known user");
        }
        Subscription current = found.get();
        if (event.mode() == CheckoutMode.SUBSCRIPTION) {
            PlanPrice price = priceOf(event.metadata(), null);
            Subscription linked = current.subscribed(event.customerId(), event.subscriptionId(), price,
                    event.paid() ? "active" : "incomplete", null);
            subscriptions.save(linked);
            return record(event, linked, event.sessionId(), price, null, null);
        }
        if (event.mode() != CheckoutMode.PAYMENT
                || !PaymentMetadata.KIND_CREDIT_TOPUP.equals(event.metadata().get(PaymentMetadata.KIND))) {
            return BillingTransaction.ignored(event, "checkout is neither a subscription nor a credit top-up");
        }
        if (!event.paid()) {
            return BillingTransaction.ignored(event, "top-up payment not completed yet");
        }
        Optional<Credits> credits = positiveCredits(event.metadata().get(PaymentMetadata.CREDITS));
        if (credits.isEmpty()) {
            return BillingTransaction.ignored(event, "top-up metadata names no credit amount");
        }
        // Keyed by checkout session, so the completed and async-succeeded events of one purchase credit once.
        grant(current.userId(), credits.get(), LedgerEntryType.PURCHASE, "stripe:checkout:" + event.sessionId(),
                "credit top-up");
        Subscription linked = current.withCustomer(event.customerId());
        subscriptions.save(linked);
        return record(event, linked, event.sessionId(), null, credits.get(), null);
    }

    BillingTransaction invoicePaid(InvoicePaid event) {
        Optional<Subscription> found = lockedUser(event.metadata(), null, event.customerId());
        if (found.isEmpty()) {
            return BillingTransaction.ignored(event, "names no known user");
        }
        PlanPrice price = priceOf(event.metadata(), event.priceId());
        if (price == null) {
            return BillingTransaction.ignored(event, "invoice names no configured plan price");
        }
        Credits credits = catalog.creditsForPeriod(price);
        if (credits.isPositive()) {
            grant(found.get().userId(), credits, LedgerEntryType.SUBSCRIPTION_GRANT, "stripe:invoice:" + event.invoiceId(),
                    price.plan().code() + " plan, " + price.cycle().code() + " period");
        }
        Subscription paid = found.get().subscribed(event.customerId(), event.subscriptionId(), price, "active",
                event.periodEnd());
        subscriptions.save(paid);
        return new BillingTransaction(event.eventId(), event.type(), PaymentEventOutcome.APPLIED, paid.userId(),
                paid.customerId(), paid.subscriptionId(), event.invoiceId(), price, credits, event.amountPaidCents(),
                event.currency(), null);
    }

    BillingTransaction subscriptionChanged(SubscriptionChanged event) {
        Optional<Subscription> found = lockedUser(event.metadata(), null, event.customerId());
        if (found.isEmpty()) {
            return BillingTransaction.ignored(event, "names no known user");
        }
        Subscription current = found.get();
        boolean otherSubscription = current.subscriptionId() != null && event.subscriptionId() != null
                && !current.subscriptionId().equals(event.subscriptionId());
        if (otherSubscription && (event.deleted() || current.hasActivePaidPlan())) {
            return BillingTransaction.ignored(event, "not the user's current subscription");
        }
        Subscription changed = event.ended()
                ? current.ended(event.status())
                : current.subscribed(event.customerId(), event.subscriptionId(), priceOf(event.metadata(), event.priceId()),
                        event.status(), event.periodEnd());
        subscriptions.save(changed);
        PlanPrice price = changed.plan().isPaid() && changed.cycle() != null ? new PlanPrice(changed.plan(), changed.cycle()) : null;
        return record(event, changed, event.subscriptionId(), price, null, null);
    }

    /** Metadata names the user; else the customer id does. Empty when neither matches an existing user. */
    private Optional<Subscription> lockedUser(Map<String, String> metadata, String reference, String customerId) {
        Optional<UserId> user = PaymentMetadata.userId(metadata, reference)
                .or(() -> customerId == null ? Optional.empty() : subscriptions.findUserByCustomer(customerId));
        return user.flatMap(subscriptions::lockForUser);
    }

    /** The price the provider bills wins over metadata, which goes stale when the plan is changed in the portal. */
    private PlanPrice priceOf(Map<String, String> metadata, String priceId) {
        return catalog.byPriceId(priceId).orElseGet(() -> fromMetadata(metadata));
    }

    private static PlanPrice fromMetadata(Map<String, String> metadata) {
        try {
            Plan plan = Plan.fromCode(metadata.get(PaymentMetadata.PLAN_ID));
            return plan.isPaid() ? new PlanPrice(plan, BillingCycle.fromCode(metadata.get(PaymentMetadata.BILLING_CYCLE))) : null;
        } catch (DomainException unknown) {
            return null;
        }
    }

    private static Optional<Credits> positiveCredits(String raw) {
        try {
            Credits credits = Credits.of(Objects.requireNonNull(raw));
            return credits.isPositive() ? Optional.of(credits) : Optional.empty();
        } catch (NumberFormatException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    private void grant(UserId user, Credits amount, LedgerEntryType type, String key, String reason) {
        grants.grant(new GrantCreditsCommand(user, amount, CreditPool.REGULAR, type, key, reason));
    }

    private static BillingTransaction record(PaymentEvent event, Subscription subscription, String objectId,
                                             PlanPrice price, Credits credits, Long amountCents) {
        return new BillingTransaction(event.eventId(), event.type(), PaymentEventOutcome.APPLIED, subscription.userId(),
                subscription.customerId(), subscription.subscriptionId(), objectId, price, credits, amountCents, null, null);
    }
}
