package ai.iiagent.port.in.billing;

import ai.iiagent.domain.billing.PortalLink;

/**
 * Opens the provider's self-service portal (invoices, payment method, cancel) for the user's customer.
 *
 * @throws ai.iiagent.domain.shared.ConflictException {@code no_billing_customer} when none is linked yet
 * @throws ai.iiagent.domain.shared.ServiceUnavailableException {@code billing_not_configured}
 * @throws ai.iiagent.domain.shared.UpstreamFailureException {@code payment_provider_error}
 */
public interface OpenBillingPortalUseCase {

    PortalLink open(OpenBillingPortalCommand command);
}
