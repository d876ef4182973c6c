package ai.iiagent.domain.billing;

/** What a hosted checkout sold: a subscription, or a one-off payment (credit top-up). */
public enum CheckoutMode {
    SUBSCRIPTION, PAYMENT, OTHER
}
