package ai.iiagent.bootstrap.wiring;

import ai.iiagent.adapter.http.integrations.ComposioWebhookSettings;
import ai.iiagent.bootstrap.config.ConnectorsConfig;
import ai.iiagent.port.in.integrations.HandleComposioWebhookUseCase;
import ai.iiagent.port.in.settings.UpdateMcpSettingUseCase;
import ai.iiagent.port.out.clock.ClockPort;
import ai.iiagent.port.out.integrations.ComposioProfileRepository;
import ai.iiagent.port.out.integrations.ComposioWebhookDeliveryRepository;
import ai.iiagent.service.integrations.HandleComposioWebhookService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Composio's signed webhook (issue 22): the secret from {@code COMPOSIO_WEBHOOK_SECRET}, the lifecycle handler. */
@ApplicationScoped
public class ComposioWebhooksWiring {

    @Produces
    @Singleton
    ComposioWebhookSettings composioWebhookSettings(ConnectorsConfig config) {
        return new ComposioWebhookSettings(config.composio().webhookSecret().filter(secret -> !secret.isBlank()).orElse(null));
    }

    @Produces
    @Singleton
    HandleComposioWebhookUseCase handleComposioWebhook(ComposioWebhookDeliveryRepository deliveries,
                                                       ComposioProfileRepository profiles, UpdateMcpSettingUseCase update,
                                                       ClockPort clock) {
        return new HandleComposioWebhookService(deliveries, profiles, update, clock);
    }
}
