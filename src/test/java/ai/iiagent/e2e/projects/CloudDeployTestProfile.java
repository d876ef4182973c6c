package ai.iiagent.e2e.projects;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The app with the Vercel and Cloud Run targets and the Cloudflare KV registry, all on {@link CloudDeployStandIn}. */
public class CloudDeployTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CloudDeployStandIn.class));
    }
}
