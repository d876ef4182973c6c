package ai.iiagent.adapter.http.billing;

import ai.iiagent.adapter.http.billing.BillingWire.WebhookAck;
import ai.iiagent.domain.billing.BillingErrors;
import ai.iiagent.domain.billing.PaymentEvent;
import ai.iiagent.port.in.billing.HandlePaymentEventCommand;
import ai.iiagent.port.in.billing.HandlePaymentEventUseCase;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stripe's webhook: no user authentication, the {@code Stripe-Signature} HMAC is the credential.
 * The signature is checked on the raw body before anything is parsed or stored; a malformed header or
 * a timestamp outside the tolerance (past or future) is {@code invalid_webhook_signature}, a signed
 * event of an odd shape {@code malformed_webhook_event}, both 400.
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
        // HMAC over the raw bytes first: nothing is parsed unless Stripe signed it within the tolerance.
        StripeSignature.verify(payload, signature, settings.secret(), StripeWebhookSettings.TOLERANCE_SECONDS,
                Instant.now());
        PaymentEvent parsed = StripeEventTranslator.translate(payload);
        return new WebhookAck(true, handle.handle(new HandlePaymentEventCommand(parsed)).code());
    }
}
