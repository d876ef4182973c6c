package ai.iiagent.e2e.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import ai.iiagent.e2e.realtime.MediaSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The media REST API over HTTP: the public catalogues (templates paged and filtered, mini-tools), the
 * configured models with prices and the offline flag, and a billed reference image stored with the
 * caller's session; bad input and other users' sessions are refused with stable codes and cost nothing.
 */
@QuarkusTest
class MediaApiTest {

    @Test
    void givenTheCatalogues_thenTheyArePublic_pagedAndFiltered_andUnknownIdsAre404() {
        JsonPath all = given().get("/v1/media-templates?page=1&page_size=100").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(9);
        given().get("/v1/media-templates?type=video&page_size=2").then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.everyItem(equalTo("video")))
                .body("items.size()", equalTo(2)).body("has_more", equalTo(true));
        given().get("/v1/media-templates?name=POSTER").then().statusCode(200).body("items.id", equalTo(List.of("poster")));
        given().get("/v1/media-templates/cinematic-still").then().statusCode(200).body("aspect_ratio", equalTo("16:9"))
                .body("prompt", org.hamcrest.Matchers.containsString("{subject}"));
        problem(given().get("/v1/media-templates/nope"), 404, "media_template_not_found");
        problem(given().get("/v1/media-templates?page=0"), 400, "invalid_page");
        problem(given().get("/v1/media-templates?page_size=1000"), 400, "invalid_page_size");
        problem(given().get("/v1/media-templates?type=hologram"), 400, "invalid_media_type");

        given().get("/v1/media-tools").then().statusCode(200)
                .body("tools.id", hasItems("image-generator", "video-generator", "voice-over", "reference-image"));
        given().get("/v1/media-tools/video-generator").then().statusCode(200).body("tool_name", equalTo("generate_video"))
                .body("available", equalTo(true));
        given().get("/v1/media-tools/extract-frames").then().statusCode(200).body("available", equalTo(true))
                .body("tool_name", equalTo("extract_frames"));
        problem(given().get("/v1/media-tools/nope"), 404, "media_tool_not_found");
    }

    @Test
    void givenTheModelLists_thenTheOfflineModelsShowTheirPricesAndAvailability() {
        given().get("/v1/media/models/image").then().statusCode(200)
                .body("models[0].id", equalTo("offline-image")).body("models[0].offline", equalTo(true))
                .body("models[0].available", equalTo(true)).body("models[0].price.per", equalTo("image"))
                .body("models[0].price.usd", equalTo(0.001f));
        given().get("/v1/media/models/video").then().statusCode(200)
                .body("models[0].id", equalTo("offline-video")).body("models[0].price.per", equalTo("second"));
        given().get("/v1/media/models/audio").then().statusCode(200)
                .body("models[0].id", equalTo("espeak-ng")).body("models[0].price.per", equalTo("character"));
    }

    @Test
    void givenASignedInOwner_thenAReferenceImageIsBilledAndStoredWithTheSession_andBadInputCostsNothing() {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "reference");
        double before = balance(token);
        given().contentType(ContentType.JSON).body(Map.of("prompt", "a cat", "session_id", session))
                .post("/v1/media/reference-image").then().statusCode(401);
        problem(post(token, Map.of("prompt", "  ", "session_id", session)), 400, "invalid_prompt");
        problem(post(token, Map.of("prompt", "x".repeat(4001), "session_id", session)), 400, "invalid_prompt");
        problem(post(token, Map.of("prompt", "a cat", "session_id", session, "aspect_ratio", "99:1")), 400,
                "invalid_aspect_ratio");
        problem(post(token, Map.of("prompt", "a cat", "session_id", session, "model_name", "dall-e-9")), 400,
                "unknown_media_model");
        problem(post(token, Map.of("prompt", "a cat", "session_id", session, "provider", "nowhere")), 400,
                "unknown_media_provider");
        problem(post(token, Map.of("prompt", "a cat")), 400, "session_id_required");
        String stranger = MediaSocket.newAccessToken();
        problem(post(stranger, Map.of("prompt", "a cat", "session_id", session)), 404, "session_not_found");
        assertThat(balance(token)).isEqualTo(before);

        JsonPath made = post(token, Map.of("prompt", "a cat on a sofa", "session_id", session, "aspect_ratio", "3:4"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(made.getString("model")).isEqualTo("offline-image");
        assertThat(made.getBoolean("offline")).isTrue();
        assertThat(made.getInt("width")).isEqualTo(768);
        byte[] png = given().header("Authorization", "Bearer " + token).get("/v1/assets/" + made.getString("id")
                + "/download").then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(read(png).getHeight()).isEqualTo(1024);
        assertThat(balance(token)).isCloseTo(before - 0.001 * 100 / 1.5, org.assertj.core.data.Offset.offset(0.0001));
        JsonPath library = given().header("Authorization", "Bearer " + token).get("/v1/assets/media-library").then()
                .statusCode(200).extract().jsonPath();
        assertThat(library.getList("items.id", String.class)).contains(made.getString("id"));
        // listed as generated, with the prompt and model that made it
        Map<String, Object> item = library.getMap("items.find { it.id == '" + made.getString("id") + "' }");
        assertThat(item).containsEntry("source", "generated").containsEntry("model", "offline-image")
                .containsEntry("provider", "offline").containsEntry("tool_name", "reference_image")
                .containsEntry("prompt", made.getString("prompt"));
        given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + session + "/files").then()
                .statusCode(200).body("id", hasItems(made.getString("id")));
    }

    private static java.awt.image.BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static io.restassured.response.Response post(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/v1/media/reference-image");
    }

    private static double balance(String token) {
        return given().header("Authorization", "Bearer " + token).get("/v1/credits/balance").then().statusCode(200)
                .extract().jsonPath().getDouble("total_credits");
    }

    private static void problem(io.restassured.response.Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }
}
