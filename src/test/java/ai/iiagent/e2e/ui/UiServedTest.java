package ai.iiagent.e2e.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app serves the built web UI at / and index.html for client-side routes, while the API and
 * socket prefixes keep answering as before. Quinoa builds src/main/webui for this profile, so the
 * page checked is Vite's output (hashed asset names), not a stale copy of the sources.
 */
@QuarkusTest
@TestProfile(UiServedTest.WithUi.class)
class UiServedTest {

    /** Quinoa is off for the other tests; this profile builds and serves the UI. */
    public static class WithUi implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.quinoa", "true", "quarkus.quinoa.run-tests", "false");
        }
    }

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/index-[A-Za-z0-9_-]+\\.js)\"");

    @Test
    void givenRoot_whenRequested_thenTheBuiltIndexPage() {
        String html = given().accept("text/html").when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<div id=\"root\"></div>"), not(containsString("/src/main.tsx")))
                .extract().asString();
        Matcher script = SCRIPT.matcher(html);
        org.assertj.core.api.Assertions.assertThat(script.find()).as("a hashed Vite bundle in %s", html).isTrue();
        given().when().get(script.group(1)).then().statusCode(200).contentType(matchesRegex(".*javascript.*"))
                .body(containsString("data-testid"));
    }

    @Test
    void givenClientSideRoutes_whenReloaded_thenIndexPage() {
        for (String route : new String[] {"/s/0b7c3f8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f", "/login", "/share/some-id", "/credits", "/settings"}) {
            given().accept("text/html").when().get(route)
                    .then().statusCode(200).contentType(startsWith("text/html")).body(containsString("<div id=\"root\"></div>"));
        }
    }

    @Test
    void givenApiPrefixes_whenRequested_thenTheApiAnswersNotThePage() {
        given().when().get("/v1/sessions")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("authentication_required"));
        given().when().get("/v1/no-such-endpoint").then().statusCode(404).contentType(not(startsWith("text/html")));
        given().when().get("/auth/providers").then().statusCode(200).contentType(startsWith("application/json"))
                .body("providers", empty());
        given().when().get("/health").then().statusCode(200).body("status", equalTo("ok"));
        given().when().get("/q/health/live").then().statusCode(200).contentType(startsWith("application/json"));
    }
}
