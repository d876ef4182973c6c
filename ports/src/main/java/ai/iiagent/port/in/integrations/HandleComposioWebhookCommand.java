package ai.iiagent.port.in.integrations;

/**
 * A Composio webhook delivery whose signature was verified.
 *
 * @param webhookId          the signed {@code webhook-id} (one per delivery, the same on retries)
 * @param eventType          {@code type}, e.g. {@code composio.connected_account.expired}
 * @param connectedAccountId {@code data.id}, null for events about no account
 * @param composioUserId     {@code data.user_id} when Composio sends it, else null
 * @param accountStatus      {@code data.status} ({@code EXPIRED}, ...), null when absent
 */
public record HandleComposioWebhookCommand(String webhookId, String eventType, String connectedAccountId,
                                           String composioUserId, String accountStatus) {
}
