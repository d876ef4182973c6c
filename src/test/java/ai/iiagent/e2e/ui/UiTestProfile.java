package ai.iiagent.e2e.ui;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The browser tests' profile: the app serves the built web UI (Quinoa, off in every other test)
 * and the offline model streams slowly enough that a person — or Playwright — can press Stop or
 * reload mid-run ("slow" answers take about 12 s; ordinary ones about a second).
 */
public class UiTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // %test-prefixed like the %test.quarkus.quinoa=false default they override
                "%test.quarkus.quinoa", "true",
                "%test.quarkus.quinoa.run-tests", "false", // Vitest runs in the package build, not per test start
                "%test.app.agents.offline-word-delay", "PT0.025S");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
