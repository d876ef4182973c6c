package ai.iiagent.e2e.realtime;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** An application with npm and the stand-in CLIs of {@link CodingCliStandIn} (the test profile has no npm). */
public class CodingCliTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CodingCliStandIn.class));
    }
}
