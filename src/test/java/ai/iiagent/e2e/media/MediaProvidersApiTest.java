package ai.iiagent.e2e.media;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.e2e.realtime.MediaSocket;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The media API with Google, fal.ai and ElevenLabs configured (their base URLs on a WireMock): the
 * model lists name the providers' models first, not offline, priced from the table, the offline
 * generators still on offer; a reference image made by Gemini and one by FLUX through fal's queue
 * (downloaded through the SSRF guard) are billed at their list prices; Gemini's refusal costs nothing.
 */
@QuarkusTest
@WithTestResource(MediaProvidersStandIn.class)
class MediaProvidersApiTest {

    @Test
    void givenTheProvidersConfigured_thenTheirModelsAreListedWithPrices_andOfflineStaysOnOffer() {
        int calls = MediaProvidersStandIn.server.getAllServeEvents().size();
        JsonPath images = given().get("/v1/media/models/image").then().statusCode(200).extract().jsonPath();
        assertThat(images.getList("models.id", String.class)).containsExactly("gemini-2.5-flash-image",
                "imagen-4.0-generate-001", "fal-ai/flux/schnell", "fal-ai/flux/dev", "offline-image");
        assertThat(images.getList("models.provider", String.class)).containsExactly("google", "google", "fal", "fal",
                "offline");
        assertThat(images.getList("models.offline", Boolean.class)).containsExactly(false, false, false, false, true);
        assertThat(images.getList("models.available", Boolean.class)).containsOnly(true);
        assertThat(images.getFloat("models[0].price.usd")).isEqualTo(0.039f);
        assertThat(images.getFloat("models[2].price.usd")).isEqualTo(0.003f);
        assertThat(images.getList("models.price.fallback", Boolean.class)).containsOnly(false);

        JsonPath videos = given().get("/v1/media/models/video").then().statusCode(200).extract().jsonPath();
        assertThat(videos.getList("models.id", String.class)).containsExactly("veo-3.0-fast-generate-001",
                "veo-3.0-generate-001", "fal-ai/kling-video/v2.1/standard/text-to-video",
                "fal-ai/kling-video/v2.1/standard/image-to-video", "offline-video");
        assertThat(videos.getList("models.price.per", String.class)).containsOnly("second");
        assertThat(videos.getFloat("models[0].price.usd")).isEqualTo(0.15f);
        assertThat(videos.getFloat("models[1].price.usd")).isEqualTo(0.4f);

        given().get("/v1/media/models/audio").then().statusCode(200)
                .body("models.id", equalTo(List.of("eleven_multilingual_v2", "eleven_flash_v2_5", "espeak-ng")))
                .body("models[0].offline", equalTo(false)).body("models[0].price.per", equalTo("character"))
                .body("models[0].price.usd", equalTo(0.0003f));
        assertThat(MediaProvidersStandIn.server.getAllServeEvents()).as("listing calls no provider").hasSize(calls);
    }

    @Test
    void givenAReferenceImageFromGeminiAndFromFal_thenEachIsStoredAndBilledAtItsPrice_andARefusalCostsNothing() {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "providers");
        double before = balance(token);

        JsonPath gemini = post(token, Map.of("prompt", "a lighthouse at dusk", "session_id", session,
                "aspect_ratio", "16:9")).then().statusCode(201).extract().jsonPath();
        assertThat(gemini.getString("model")).isEqualTo("gemini-2.5-flash-image");
        assertThat(gemini.getString("provider")).isEqualTo("google");
        assertThat(gemini.getBoolean("offline")).isFalse();
        assertThat(gemini.getInt("width")).isEqualTo(1344);
        assertThat(balance(token)).isCloseTo(before - 0.039 * 100 / 1.5, org.assertj.core.data.Offset.offset(0.0001));
        MediaProvidersStandIn.server.verify(postRequestedFor(urlEqualTo(
                "/v1beta/models/gemini-2.5-flash-image:generateContent")).withHeader("x-goog-api-key",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("AIzaSyStandInKey")));

        double afterGemini = balance(token);
        post(token, Map.of("prompt", "something forbidden", "session_id", session)).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("media_content_refused"));
        assertThat(balance(token)).isEqualTo(afterGemini);

        JsonPath flux = post(token, Map.of("prompt", "a harbour at noon", "session_id", session, "provider", "fal",
                "aspect_ratio", "4:3")).then().statusCode(201).extract().jsonPath();
        assertThat(flux.getString("model")).isEqualTo("fal-ai/flux/schnell");
        assertThat(flux.getInt("height")).isEqualTo(768);
        assertThat(balance(token)).isCloseTo(afterGemini - 0.003 * 100 / 1.5, org.assertj.core.data.Offset.offset(0.0001));
        MediaProvidersStandIn.server.verify(getRequestedFor(urlEqualTo("/files/rabbit/Qx3x0vQ8f1N3mYp2c7uZb.png")));
        given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + session + "/files").then()
                .statusCode(200).body("id", org.hamcrest.Matchers.hasItems(gemini.getString("id"), flux.getString("id")));
    }

    private static io.restassured.response.Response post(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/v1/media/reference-image");
    }

    private static double balance(String token) {
        return given().header("Authorization", "Bearer " + token).get("/v1/credits/balance").then().statusCode(200)
                .extract().jsonPath().getDouble("total_credits");
    }
}
