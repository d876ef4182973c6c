package ai.iiagent.adapter.persistence.integrations;

import ai.iiagent.port.out.integrations.ComposioWebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** {@link ComposioWebhookDeliveryRepository} on {@code composio_webhook_deliveries}: the primary key decides "first". */
@ApplicationScoped
public class ComposioWebhookDeliveryPersistenceAdapter implements ComposioWebhookDeliveryRepository {

    private final IntegrationsJdbc jdbc;

    public ComposioWebhookDeliveryPersistenceAdapter(IntegrationsJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public boolean recordFirst(String webhookId, String eventType, Instant receivedAt) {
        return jdbc.update("insert into composio_webhook_deliveries (webhook_id, event_type, received_at) values (?, ?, ?)"
                + " on conflict (webhook_id) do nothing", statement -> {
            statement.setString(1, webhookId);
            statement.setString(2, eventType);
            IntegrationsJdbc.setInstant(statement, 3, receivedAt);
        }) == 1;
    }
}
