package ai.iiagent.e2e.slides;

import static ai.iiagent.e2e.slides.SlidesFixtures.page;
import static ai.iiagent.e2e.slides.SlidesFixtures.write;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.e2e.realtime.MediaSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Image-slide editing over REST on the offline editor (docs/slides.md): detect finds the picture's
 * components, regenerate and remove-background store new versions with the edited picture (billed per
 * call, bad input free), the versions list carries each version's picture and which is current, a
 * revert by {@code target_version_id} brings the first picture back; bad input and other users' slides
 * answer with their codes.
 */
@QuarkusTest
class SlideImageEditApiTest {

    private static final double OFFLINE_CREDITS = 0.001 * 100 / 1.5;

    @Test
    void givenAnImageSlide_thenDetectRegenerateRemoveBackgroundAndRevert_eachBilled_andVersioned() throws IOException {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "image slides");
        String original = pictureUrl();
        imageSlide(token, session, original).statusCode(201);
        double before = balance(token);

        JsonPath detected = post(token, "detect", body(session)).then().statusCode(200).extract().jsonPath();
        assertThat(detected.getBoolean("success")).isTrue();
        assertThat(detected.getInt("image_width")).isEqualTo(640);
        assertThat(detected.getInt("image_height")).isEqualTo(360);
        assertThat(detected.getString("model")).isEqualTo("offline-image-detect");
        assertThat(detected.getBoolean("offline")).isTrue();
        List<Map<String, Object>> components = detected.getList("components");
        assertThat(components).isNotEmpty();
        assertThat(detected.getList("components.component_type", String.class)).contains("text");
        assertThat(detected.getString("overlay_html")).contains("data-design-id=\"component-1\"").doesNotContain("<script");
        assertThat(balance(token)).isCloseTo(before - OFFLINE_CREDITS, Offset.offset(0.0001));

        Map<String, Object> title = components.stream().filter(c -> "text".equals(c.get("component_type"))).findFirst()
                .orElseThrow();
        Map<String, Object> regenerate = body(session);
        regenerate.put("current_image_url", original);
        regenerate.put("instructions", List.of(
                Map.of("id", "i1", "instruction_type", "text_edit", "new_text", "Quarterly results",
                        "selection", Map.of("type", "component", "component_id", title.get("design_id"))),
                Map.of("id", "i2", "instruction_type", "ai_modify", "ai_prompt", "make the square blue",
                        "selection", Map.of("type", "box", "box", Map.of("x", 60, "y", 45, "width", 30, "height", 45)))));
        regenerate.put("detected_components", components);
        JsonPath edited = post(token, "regenerate", regenerate).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getBoolean("success")).isTrue();
        assertThat(edited.getInt("version")).isEqualTo(2);
        assertThat(edited.getString("new_image_url")).startsWith("data:image/png;base64,").isNotEqualTo(original);
        assertThat(edited.getString("slide.slide_content")).contains(edited.getString("new_image_url"))
                .contains("<title>Picture slide</title>");
        assertThat(balance(token)).isCloseTo(before - 2 * OFFLINE_CREDITS, Offset.offset(0.0001));

        JsonPath cut = post(token, "remove-background", body(session)).then().statusCode(200).extract().jsonPath();
        assertThat(cut.getInt("version")).isEqualTo(3);
        BufferedImage transparent = read(cut.getString("new_image_url"));
        assertThat(transparent.getRGB(3, 3) >>> 24).isZero();

        JsonPath versions = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "pictures").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getList("versions.source", String.class)).containsExactly("api", "image_edit", "image_edit");
        assertThat(versions.getList("versions.id", String.class)).containsExactly("1", "2", "3");
        assertThat(versions.getList("versions.is_current", Boolean.class)).containsExactly(false, false, true);
        assertThat(versions.getString("current_version_id")).isEqualTo("3");
        assertThat(versions.getString("versions[0].image_url")).isEqualTo(original);
        assertThat(versions.getString("versions[1].image_url")).isEqualTo(edited.getString("new_image_url"));

        Map<String, Object> revert = body(session);
        revert.put("target_version_id", "1");
        JsonPath reverted = post(token, "revert", revert).then().statusCode(200).extract().jsonPath();
        assertThat(reverted.getBoolean("success")).isTrue();
        assertThat(reverted.getInt("version")).isEqualTo(4);
        assertThat(reverted.getString("new_image_url")).isEqualTo(original);
        revert.put("target_version_id", "nine");
        problem(post(token, "revert", revert), 404, "slide_version_not_found");
        assertThat(balance(token)).isCloseTo(before - 3 * OFFLINE_CREDITS, Offset.offset(0.0001));
    }

    @Test
    void givenBadInputOrAnotherUsersSlide_thenFourHundredsWithCodes_andNothingIsCharged() throws IOException {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "image slide refusals");
        imageSlide(token, session, pictureUrl()).statusCode(201);
        write(token, session, "pictures", 2, page("An HTML slide")).statusCode(201);
        double before = balance(token);

        Map<String, Object> html = body(session);
        html.put("slide_number", 2);
        problem(post(token, "detect", html), 400, "not_an_image_slide");
        problem(post(token, "remove-background", html), 400, "not_an_image_slide");
        Map<String, Object> missing = body(session);
        missing.put("slide_number", 7);
        problem(post(token, "detect", missing), 404, "slide_not_found");
        missing.put("slide_number", 999);
        problem(post(token, "detect", missing), 400, "invalid_slide_number");
        Map<String, Object> noDeck = body(session);
        noDeck.put("presentation_name", "../x");
        problem(post(token, "detect", noDeck), 400, "invalid_presentation_name");

        Map<String, Object> none = body(session);
        problem(post(token, "regenerate", none), 400, "invalid_image_edit");
        none.put("instructions", List.of(Map.of("instruction_type", "paint_it_black")));
        problem(post(token, "regenerate", none), 400, "invalid_image_edit");
        none.put("instructions", List.of(Map.of("instruction_type", "text_edit", "new_text", "x",
                "selection", Map.of("type", "box", "box", Map.of("x", 90, "y", 0, "width", 30, "height", 10)))));
        problem(post(token, "regenerate", none), 400, "invalid_image_edit");
        none.put("instructions", List.of(Map.of("instruction_type", "text_edit", "new_text", "x",
                "selection", Map.of("type", "component", "component_id", "component-9"))));
        problem(post(token, "regenerate", none), 400, "invalid_image_edit");
        none.put("instructions", List.of(Map.of("instruction_type", "ai_modify")));
        problem(post(token, "regenerate", none), 400, "invalid_image_edit");
        Map<String, Object> provider = body(session);
        provider.put("provider", "nowhere");
        problem(post(token, "detect", provider), 400, "unknown_media_provider");
        problem(post(token, "detect", Map.of("presentation_name", "pictures", "slide_number", 1)), 400,
                "session_id_required");
        given().contentType(ContentType.JSON).body(body(session)).post("/v1/slides/nano-banana/detect").then()
                .statusCode(401);

        String stranger = MediaSocket.newAccessToken();
        for (String route : List.of("detect", "remove-background", "regenerate", "revert")) {
            Map<String, Object> theirs = body(session);
            theirs.put("instructions", List.of(Map.of("instruction_type", "remove_background")));
            theirs.put("version", 1);
            problem(post(stranger, route, theirs), 404, "session_not_found");
        }
        given().header("Authorization", "Bearer " + stranger).queryParam("session_id", session)
                .queryParam("presentation_name", "pictures").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions").then().statusCode(404).body("code", equalTo("session_not_found"));
        assertThat(balance(token)).isEqualTo(before);
    }

    private static io.restassured.response.ValidatableResponse imageSlide(String token, String session, String url) {
        Map<String, Object> slide = new LinkedHashMap<>();
        slide.put("presentation_name", "pictures");
        slide.put("slide_number", 1);
        slide.put("title", "Picture slide");
        slide.put("description", "a generated picture");
        slide.put("type", "image");
        slide.put("content", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Picture slide</title></head>"
                + "<body style=\"margin:0\"><img alt=\"a picture\" src=\"" + url + "\"></body></html>");
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .queryParam("session_id", session).body(slide).post("/v1/slides").then();
    }

    private static Map<String, Object> body(String session) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("presentation_name", "pictures");
        body.put("slide_number", 1);
        return body;
    }

    private static Response post(String token, String route, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post("/v1/slides/nano-banana/" + route);
    }

    private static void problem(Response response, int status, String code) {
        response.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    private static double balance(String token) {
        return given().header("Authorization", "Bearer " + token).get("/v1/credits/balance").then().statusCode(200)
                .extract().jsonPath().getDouble("total_credits");
    }

    /** A 640×360 slide picture (light background, dark title bar, red square) as a data: URL. */
    private static String pictureUrl() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(230, 236, 245));
        g.fillRect(0, 0, 640, 360);
        g.setColor(new Color(20, 30, 60));
        g.fillRect(40, 30, 400, 50);
        g.setColor(new Color(200, 30, 30));
        g.fillRect(420, 180, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static BufferedImage read(String dataUrl) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
    }
}
