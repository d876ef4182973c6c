package ai.iiagent.domain.billing;

/**
 * A verified notification from the payment provider, in our terms. {@link #eventId()} is the
 * provider's unique event id: an event is applied at most once per id.
 */
public sealed interface PaymentEvent permits CheckoutCompleted, InvoicePaid, SubscriptionChanged, OtherPaymentEvent {

    String eventId();

    /** The provider's event type, e.g. {@code invoice.payment_succeeded}. */
    String type();
}
