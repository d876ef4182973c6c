package ai.iiagent.adapter.http.integrations;

import ai.iiagent.domain.integrations.ComposioErrors;
import ai.iiagent.port.in.integrations.HandleComposioWebhookCommand;
import ai.iiagent.port.in.integrations.HandleComposioWebhookUseCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Composio's webhook (docs/connectors.md "Composio webhooks"): no user authentication, the
 * {@code webhook-signature} HMAC is the credential, checked on the raw body before anything is parsed;
 * a delivery's {@code webhook-id} is applied once (a replay within the tolerance is acknowledged as
 * {@code duplicate}, an older one fails the timestamp check).
 */
@Path("/v1/webhooks/composio")
public class ComposioWebhookResource {

    /** What Composio gets back: {@code outcome} {@code applied}, {@code ignored} or {@code duplicate}. */
    public record ComposioWebhookAck(boolean received, String outcome) {
    }

    private final ComposioWebhookSettings settings;
    private final HandleComposioWebhookUseCase handle;
    private final ObjectMapper json;

    public ComposioWebhookResource(ComposioWebhookSettings settings, HandleComposioWebhookUseCase handle, ObjectMapper json) {
        this.settings = settings;
        this.handle = handle;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Composio webhook (signed): connection lifecycle events, each applied once")
    public ComposioWebhookAck receive(String body, @HeaderParam("webhook-id") String webhookId,
                                      @HeaderParam("webhook-timestamp") String timestamp,
                                      @HeaderParam("webhook-signature") String signature) {
        if (!settings.configured()) {
            throw ComposioErrors.webhookNotConfigured();
        }
        ComposioWebhookSignature.verify(webhookId, timestamp, signature, body, settings.secret(),
                ComposioWebhookSettings.TOLERANCE_SECONDS, Instant.now());
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw ComposioErrors.invalid("the signed delivery is not JSON");
        }
        if (event == null || !event.isObject()) {
            throw ComposioErrors.invalid("the signed delivery is not a JSON object");
        }
        JsonNode data = event.path("data");
        return new ComposioWebhookAck(true, handle.handle(new HandleComposioWebhookCommand(webhookId,
                text(event.path("type")), text(data.path("id")), text(data.path("user_id")), text(data.path("status")))));
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
