package ai.iiagent.e2e.ui;

import ai.iiagent.e2e.integrations.ComposioStandIn;
import ai.iiagent.e2e.integrations.GoogleDriveStandIn;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The browser tests' profile plus Composio and Google (Drive) on WireMock, for the Connectors tab and Drive import. */
public class ComposioUiTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return new UiTestProfile().getConfigOverrides();
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ComposioStandIn.class), new TestResourceEntry(GoogleDriveStandIn.class));
    }
}
