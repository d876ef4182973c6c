package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.CheckoutLink;

/**
 * Opens a hosted subscription checkout for the user's chosen paid plan and cycle, reusing the
 * user's payment customer when one is linked. Subscription metadata names user, plan and cycle,
 * so later webhooks find the user. Nothing changes on our side until the provider's webhook.
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_plan} (also for free),
 *         {@code invalid_billing_cycle}, {@code invalid_return_url}
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code billing_not_configured},
 *         {@code billing_plan_not_configured}
 * @throws ai.iiagent.domain.shared.UpstreamFailureException {@code payment_provider_error}
 */
public interface StartSubscriptionCheckoutUseCase {

    CheckoutLink start(StartSubscriptionCheckoutCommand command);
}
