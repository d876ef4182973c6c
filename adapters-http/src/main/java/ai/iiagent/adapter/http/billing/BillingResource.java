package ai.iiagent.adapter.http.billing;

import ai.iiagent.adapter.http.billing.BillingWire.CheckoutRequest;
import ai.iiagent.adapter.http.billing.BillingWire.CheckoutSessionResponse;
import ai.iiagent.adapter.http.billing.BillingWire.PortalRequest;
import ai.iiagent.adapter.http.billing.BillingWire.PortalSessionResponse;
import ai.iiagent.adapter.http.billing.BillingWire.SubscriptionResponse;
import ai.iiagent.adapter.http.billing.BillingWire.TopUpRequest;
import ai.iiagent.adapter.http.users.CurrentIdentity;
import ai.iiagent.domain.billing.CheckoutLink;
import ai.iiagent.domain.billing.Subscription;
import ai.iiagent.domain.shared.ErrorCode;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.in.billing.GetSubscriptionQuery;
import ai.iiagent.port.in.billing.GetSubscriptionUseCase;
import ai.iiagent.port.in.billing.OpenBillingPortalCommand;
import ai.iiagent.port.in.billing.OpenBillingPortalUseCase;
import ai.iiagent.port.in.billing.StartCreditTopUpCommand;
import ai.iiagent.port.in.billing.StartCreditTopUpUseCase;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutCommand;
import ai.iiagent.port.in.billing.StartSubscriptionCheckoutUseCase;
import ai.iiagent.port.in.billing.SubscriptionView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stripe checkout, credit top-ups, the billing portal and the current subscription, for the signed-in user. */
@Path("/billing")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    private final CurrentIdentity caller;
    private final StartSubscriptionCheckoutUseCase checkout;
    private final StartCreditTopUpUseCase topUp;
    private final OpenBillingPortalUseCase portal;
    private final GetSubscriptionUseCase subscription;

    public BillingResource(CurrentIdentity caller, StartSubscriptionCheckoutUseCase checkout,
                           StartCreditTopUpUseCase topUp, OpenBillingPortalUseCase portal,
                           GetSubscriptionUseCase subscription) {
        this.caller = caller;
        this.checkout = checkout;
        this.topUp = topUp;
        this.portal = portal;
        this.subscription = subscription;
    }

    @POST
    @Path("/checkout-session")
    @Operation(summary = "Start a Stripe Checkout for the plus or pro plan (subscription mode)")
    public CheckoutSessionResponse checkoutSession(CheckoutRequest body) {
        if (body == null) {
            throw new ValidationException(ErrorCode.of("invalid_plan"), "send {\"planId\": \"plus\"|\"pro\", \"billingCycle\": ...}");
        }
        CheckoutLink link = checkout.start(new StartSubscriptionCheckoutCommand(me(), body.planId(),
                body.billingCycle(), blankToNull(body.returnUrl())));
        return new CheckoutSessionResponse(link.url(), link.sessionId());
    }

    @POST
    @Path("/topup-session")
    @Operation(summary = "Start a one-off Stripe Checkout buying credits; granted when Stripe reports the payment")
    public CheckoutSessionResponse topUpSession(TopUpRequest body) {
        if (body == null || body.credits() == null) {
            throw new ValidationException(ErrorCode.of("invalid_topup_amount"), "send {\"credits\": <whole number>}");
        }
        CheckoutLink link = topUp.start(new StartCreditTopUpCommand(me(), body.credits()));
        return new CheckoutSessionResponse(link.url(), link.sessionId());
    }

    @POST
    @Path("/portal-session")
    @Operation(summary = "Open the Stripe billing portal for the user's billing account")
    public PortalSessionResponse portalSession(PortalRequest body) {
        String returnUrl = body == null ? null : blankToNull(body.returnUrl());
        return new PortalSessionResponse(portal.open(new OpenBillingPortalCommand(me(), returnUrl)).url());
    }

    @GET
    @Path("/subscription")
    @Operation(summary = "The user's plan, subscription status, billing cycle and period end")
    public SubscriptionResponse subscription() {
        SubscriptionView view = subscription.get(new GetSubscriptionQuery(me()));
        Subscription s = view.subscription();
        return new SubscriptionResponse(s.plan().code(), s.status(), s.cycle() == null ? null : s.cycle().code(),
                s.currentPeriodEnd(), s.hasCustomer(), view.monthlyCredits().value(), view.billingConfigured());
    }

    private UserId me() {
        return caller.get().userId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
