package ai.iiagent.e2e.projects;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Sites by Host under {@code sites.localhost}, on a node that names itself {@link #THIS_NODE} (SITES_NODE_URL). */
public class ScaleOutSitesTestProfile implements QuarkusTestProfile {

    /** This node's base URL as the other nodes would reach it. */
    public static final String THIS_NODE = "http://node-a.invalid:8080";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sites.base-domain", SitesTestProfile.BASE_DOMAIN, "sites.node-url", THIS_NODE);
    }
}
