package ai.iiagent.e2e.ui;

import ai.iiagent.e2e.integrations.GitHubStandIn;
import ai.iiagent.e2e.realtime.CodingCliStandIn;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The browser tests' profile plus GitHub and Anthropic's OAuth on WireMock, for the repository picker and the CLI settings. */
public class CodingClisUiTestProfile implements QuarkusTestProfile {

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
        return List.of(new TestResourceEntry(GitHubStandIn.class), new TestResourceEntry(CodingCliStandIn.class));
    }
}
