package ai.iiagent.adapter.http.billing;

import ai.iiagent.adapter.http.billing.BillingWire.WebhookAck;
import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.port.in.billing.HandlePaymentEventCommand;
import ai.iiagent.port.in.billing.HandlePaymentEventUseCase;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stripe's webhook: no user authentication, the {@code Stripe-Signature} HMAC is the credential.
 * The signature is checked on the raw body before anything is parsed or stored.
 */
@Path("/billing/webhook")
public class StripeWebhookResource {

    private final StripeWebhookSettings settings;
    private final HandlePaymentEventUseCase handle;

    public StripeWebhookResource(StripeWebhookSettings settings, HandlePaymentEventUseCase handle) {
        this.settings = settings;
        this.handle = handle;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe webhook (signed); applies each event once")
    public WebhookAck receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        if (!settings.configured()) {
            throw BillingErrors.notConfigured("the Stripe webhook secret (STRIPE_WEBHOOK_SECRET)");
        }
        if (signature == null || signature.isBlank() || payload == null) {
            throw BillingErrors.invalidSignature("no Stripe-Signature header");
        }
        Event event;
        try {
            // HMAC over the raw bytes first: nothing is parsed unless Stripe signed it within the tolerance.
            Webhook.Signature.verifyHeader(payload, signature, settings.secret(), StripeWebhookSettings.TOLERANCE_SECONDS);
            event = Webhook.constructEvent(payload, signature, settings.secret(), StripeWebhookSettings.TOLERANCE_SECONDS);
        } catch (SignatureVerificationException rejected) {
            throw BillingErrors.invalidSignature(rejected.getMessage());
        }
        PaymentEvent parsed = StripeEventTranslator.translate(event.getId(), event.getType(), payload);
        return new WebhookAck(true, handle.handle(new HandlePaymentEventCommand(parsed)).code());
    }
}
