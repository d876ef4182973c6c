package ai.iiagent.e2e.projects;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Deployed sites also answer by Host: {@code <subdomain>.sites.localhost} (APP_BASE_DOMAIN). */
public class SitesTestProfile implements QuarkusTestProfile {

    /** The base domain the tests' sites answer under. */
    public static final String BASE_DOMAIN = "sites.localhost";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sites.base-domain", BASE_DOMAIN);
    }
}
