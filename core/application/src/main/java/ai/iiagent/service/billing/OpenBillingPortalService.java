package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.PortalLink;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.users.UserNotFoundException;
import ai.iiagent.port.in.billing.OpenBillingPortalCommand;
import ai.iiagent.port.in.billing.OpenBillingPortalUseCase;
import ai.iiagent.port.out.billing.SubscriptionRepository;
import ai.iiagent.port.out.payments.PaymentsPort;
import java.util.Objects;

/** Opens the provider's billing portal for the user's linked customer. */
public final class OpenBillingPortalService implements OpenBillingPortalUseCase {

    private final PaymentsPort payments;
    private final SubscriptionRepository subscriptions;
    private final BillingUrls urls;

    public OpenBillingPortalService(PaymentsPort payments, SubscriptionRepository subscriptions, BillingUrls urls) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.urls = Objects.requireNonNull(urls, "urls");
    }

    @Override
    public PortalLink open(OpenBillingPortalCommand command) {
        if (!payments.configured()) {
            throw BillingErrors.notConfigured("Stripe billing");
        }
        String returnUrl = urls.portalReturn(command.returnUrl());
        Subscription current = subscriptions.find(command.userId())
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        if (!current.hasCustomer()) {
            throw BillingErrors.noCustomer();
        }
        return payments.createPortalSession(current.customerId(), returnUrl);
    }
}
