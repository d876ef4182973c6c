package ai.iiagent.e2e.realtime;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** An application with npm and the stand-in CLIs of {@link CodingCliStandIn} (the test profile has no npm). */
public class CodingCliTestProfile implements QuarkusTestProfile {

    /** The CLIs must reach WireMock on the host, which the operator's opt-in allows. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coding-clis.network", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CodingCliStandIn.class));
    }
}
