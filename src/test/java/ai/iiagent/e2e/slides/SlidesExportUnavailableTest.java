package ai.iiagent.e2e.slides;

import static ai.iiagent.e2e.slides.SlidesFixtures.deck;
import static ai.iiagent.e2e.slides.SlidesFixtures.newSession;
import static ai.iiagent.e2e.slides.SlidesFixtures.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server without Chromium: PDF and PNG exports (download and stream) answer 503
 * {@code export_unavailable} naming what is missing, before any byte is streamed; the HTML ZIP, which
 * needs no renderer, still works.
 */
@QuarkusTest
@TestProfile(SlidesExportUnavailableTest.NoChromium.class)
class SlidesExportUnavailableTest {

    public static class NoChromium implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("browser.chromium-path", "/nonexistent/chromium");
        }
    }

    @Test
    void givenNoChromium_thenPdfAndPngExportsAreUnavailable_butTheHtmlZipWorks() {
        String token = newUser();
        String session = newSession(token);
        deck(token, session, "deck", 2);
        for (String path : new String[] {"/v1/slides/download", "/v1/slides/download/stream"}) {
            for (String format : new String[] {"pdf", "png"}) {
                given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                        .queryParam("presentation_name", "deck").queryParam("format", format).get(path).then()
                        .statusCode(503).contentType("application/problem+json").body("code", equalTo("export_unavailable"))
                        .body("detail", containsString("/nonexistent/chromium"));
            }
        }
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("format", "zip").get("/v1/slides/download").then()
                .statusCode(200).contentType("application/zip");
    }
}
