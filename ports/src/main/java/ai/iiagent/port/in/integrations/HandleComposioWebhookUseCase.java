package ai.iiagent.port.in.integrations;

/**
 * Applies a verified Composio webhook delivery once: a connected account that expired, failed or was
 * revoked makes its profiles {@code disconnected}; other events are acknowledged and ignored; a delivery
 * seen before is not applied again.
 *
 * @return {@code applied}, {@code ignored} or {@code duplicate}
 */
public interface HandleComposioWebhookUseCase {

    String handle(HandleComposioWebhookCommand command);
}
