package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.CheckoutLink;

/**
 * Opens a hosted one-off payment for a number of credits at the configured price per credit.
 * The checkout's metadata carries user and credits; the credits are granted only when the
 * provider's webhook reports the payment.
 *
 * @throws ai.iiagent.domain.shared.ValidationException {@code invalid_topup_amount} outside the configured bounds
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code billing_not_configured}
 * @throws ai.iiagent.domain.shared.UpstreamFailureException {@code payment_provider_error}
 */
public interface StartCreditTopUpUseCase {

    CheckoutLink start(StartCreditTopUpCommand command);
}
