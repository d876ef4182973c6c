package ai.iiagent.e2e.integrations;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The signing secret of a Composio webhook subscription (Composio hands it out once, as plain text). */
public class ComposioWebhookSecret implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "whsec_c0mp0sioWebhookSigningSecret_7Q2x9";

    @Override
    public Map<String, String> start() {
        return Map.of("connectors.composio.webhook-secret", SECRET);
    }

    @Override
    public void stop() {
    }
}
