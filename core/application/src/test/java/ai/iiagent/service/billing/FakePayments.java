package ai.iiagent.service.billing;

import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.PortalLink;
import ai.iiagent.port.out.payments.PaymentsPort;
import ai.iiagent.port.out.payments.SubscriptionCheckoutRequest;
import ai.iiagent.port.out.payments.TopUpCheckoutRequest;
import java.util.ArrayList;
import java.util.List;

/** Records what the services asked the payment provider for. */
final class FakePayments implements PaymentsPort {

    boolean configured = true;
    final List<SubscriptionCheckoutRequest> subscriptionCheckouts = new ArrayList<>();
    final List<TopUpCheckoutRequest> topUps = new ArrayList<>();
    final List<String> portalCustomers = new ArrayList<>();
    final List<String> portalReturnUrls = new ArrayList<>();

    @Override
    public boolean configured() {
        return configured;
    }

    @Override
    public CheckoutLink createSubscriptionCheckout(SubscriptionCheckoutRequest request) {
        subscriptionCheckouts.add(request);
        return new CheckoutLink("cs_sub_" + subscriptionCheckouts.size(), "https://checkout.example/sub");
    }

    @Override
    public CheckoutLink createTopUpCheckout(TopUpCheckoutRequest request) {
        topUps.add(request);
        return new CheckoutLink("cs_pay_" + topUps.size(), "https://checkout.example/pay");
    }

    @Override
    public PortalLink createPortalSession(String customerId, String returnUrl) {
        portalCustomers.add(customerId);
        portalReturnUrls.add(returnUrl);
        return new PortalLink("https://portal.example/" + customerId);
    }
}
