package ai.iiagent.e2e.storybooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Storybooks end to end with the offline generators (pictures painted here, espeak-ng voice-over): an 8-page book
 * made by the job engine with progress in order, a page edit as a new version sharing the other pages, every
 * id-taking route answering 404 to another user, public only when published, bad input refused with its code.
 */
@QuarkusTest
class StorybooksApiTest {

    private static String newUser() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "story-" + UUID.randomUUID() + "@example.org", "password", "correct horse"))
                .post("/auth/local/register").then().statusCode(201).extract().path("access_token");
    }

    private static String newSession(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "story session")).post("/v1/sessions").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> book(String session, List<String> scenes, boolean voiceOver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_id", session);
        body.put("title", "The Fox and the Hills");
        body.put("scenes", scenes);
        body.put("style", "watercolour");
        body.put("voice_over", voiceOver);
        return body;
    }

    private static List<String> scenes(int pages) {
        return IntStream.rangeClosed(1, pages).mapToObj(page -> "The fox climbs hill number " + page).toList();
    }

    private static List<Integer> awaitFinished(String token, String id) throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath progress = as(token).get("/v1/storybooks/" + id + "/progress").then().statusCode(200).extract().jsonPath();
            int done = progress.getInt("pages_done");
            if (seen.isEmpty() || seen.getLast() != done) {
                seen.add(done);
            }
            if (progress.getBoolean("finished")) {
                return seen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the book was not finished within 180 s; progress seen: " + seen);
    }

    /** A book of that many pages, started and made to the end. */
    private static String finishedBook(String token, String session, int pages, boolean voiceOver) throws InterruptedException {
        String id = as(token).contentType(ContentType.JSON).body(book(session, scenes(pages), voiceOver))
                .post("/v1/storybooks").then().statusCode(202).extract().path("storybook.id");
        awaitFinished(token, id);
        return id;
    }

    @Test
    void anEightPageBookWithVoiceOver_isMadeByTheJobEngine_andAnEditMakesANewVersionSharingTheOtherPages() throws Exception {
        String token = newUser();
        String session = newSession(token);

        JsonPath started = as(token).contentType(ContentType.JSON).body(book(session, scenes(8), true))
                .post("/v1/storybooks").then().statusCode(202).extract().jsonPath();
        String id = started.getString("storybook.id");
        assertThat(started.getString("storybook.status")).isEqualTo("generating");
        assertThat(started.getList("page_credits")).hasSize(8);
        assertThat(started.getString("job_id")).isNotBlank();

        List<Integer> progress = awaitFinished(token, id);
        assertThat(progress).isSorted();
        assertThat(progress.getLast()).isEqualTo(8);

        JsonPath first = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("status")).isEqualTo("ready");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getList("pages.page_number", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(first.getList("pages.image_asset_id")).doesNotContainNull();
        assertThat(first.getList("pages.audio_asset_id")).doesNotContainNull();
        assertThat(first.getString("pages[2].text")).as("written by the (offline) model from the scene")
                .isEqualTo("Once upon a time, The fox climbs hill number 3");
        assertThat(first.getString("pages[2].scene")).isEqualTo("The fox climbs hill number 3");

        JsonPath second = as(token).contentType(ContentType.JSON).body(Map.of("text", "The fox rests on hill three."))
                .post("/v1/storybooks/" + id + "/pages/3/text").then().statusCode(201).extract().jsonPath();
        String secondId = second.getString("id");
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getString("parent_id")).isEqualTo(id);
        assertThat(second.getString("root_id")).isEqualTo(id);
        List<String> before = first.getList("pages.page_id");
        List<String> after = second.getList("pages.page_id");
        for (int i = 0; i < 8; i++) {
            if (i == 2) {
                assertThat(after.get(i)).isNotEqualTo(before.get(i));
            } else {
                assertThat(after.get(i)).as("page %d shared", i + 1).isEqualTo(before.get(i));
            }
        }
        assertThat(second.getString("pages[2].text")).isEqualTo("The fox rests on hill three.");
        assertThat(second.getString("pages[2].image_asset_id")).isEqualTo(first.getString("pages[2].image_asset_id"));

        as(token).get("/v1/storybooks/" + secondId + "/versions").then().statusCode(200)
                .body("root_id", equalTo(id)).body("versions.version", equalTo(List.of(1, 2)));
        as(token).get("/v1/storybooks/session/" + session).then().statusCode(200)
                .body("storybooks.size()", equalTo(2)).body("storybooks[0].pages.size()", equalTo(0));
        as(token).queryParam("include_pages", true).get("/v1/storybooks/session/" + session).then().statusCode(200)
                .body("storybooks[0].pages.size()", equalTo(8));
        as(token).post("/v1/storybooks/" + id + "/cancel").then().statusCode(200).body("cancelled", equalTo(false));
    }

    @Test
    void everyIdTakingRouteAnswers404ToAnotherUser_andThePublicRouteOnlyServesPublishedBooks() throws Exception {
        String token = newUser();
        String session = newSession(token);
        String id = finishedBook(token, session, 2, false);
        String intruder = newUser();

        as(intruder).get("/v1/storybooks/" + id).then().statusCode(404).body("code", equalTo("storybook_not_found"));
        as(intruder).get("/v1/storybooks/" + id + "/progress").then().statusCode(404);
        as(intruder).get("/v1/storybooks/" + id + "/progress/stream").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("page_number", 1, "instruction", "mine now"))
                .post("/v1/storybooks/" + id + "/edit/ai-rewrite").then().statusCode(404);
        as(intruder).post("/v1/storybooks/" + id + "/cancel").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("text", "mine now"))
                .post("/v1/storybooks/" + id + "/pages/1/text").then().statusCode(404);
        as(intruder).get("/v1/storybooks/" + id + "/versions").then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(Map.of("published", true))
                .post("/v1/storybooks/" + id + "/publish").then().statusCode(404);
        as(intruder).get("/v1/storybooks/session/" + session).then().statusCode(404);
        as(intruder).contentType(ContentType.JSON).body(book(session, scenes(1), false))
                .post("/v1/storybooks").then().statusCode(404);
        as(token).get("/v1/storybooks/not-a-uuid").then().statusCode(404).body("code", equalTo("storybook_not_found"));
        as(token).get("/v1/storybooks/" + UUID.randomUUID()).then().statusCode(404);

        given().get("/v1/public/storybooks/" + id).then().statusCode(404);
        as(token).contentType(ContentType.JSON).body(Map.of("published", true))
                .post("/v1/storybooks/" + id + "/publish").then().statusCode(200).body("published", equalTo(true));
        given().get("/v1/public/storybooks/" + id).then().statusCode(200).body("pages.size()", equalTo(2));
        as(token).contentType(ContentType.JSON).body(Map.of("published", false))
                .post("/v1/storybooks/" + id + "/publish").then().statusCode(200);
        given().get("/v1/public/storybooks/" + id).then().statusCode(404);
    }

    @Test
    void aPublishedBooksPageMedia_isReadWithoutSignIn_andNothingElseIs() throws Exception {
        String token = newUser();
        String session = newSession(token);
        String id = finishedBook(token, session, 2, true);
        JsonPath pages = as(token).get("/v1/storybooks/" + id).then().statusCode(200).extract().jsonPath();
        String picture = pages.getString("pages[0].image_asset_id");
        String voice = pages.getString("pages[1].audio_asset_id");
        String pictureRoute = "/v1/public/storybooks/" + id + "/assets/" + picture;

        given().get(pictureRoute).then().statusCode(404).body("code", equalTo("storybook_not_found"));
        as(token).contentType(ContentType.JSON).body(Map.of("published", true))
                .post("/v1/storybooks/" + id + "/publish").then().statusCode(200);

        byte[] png = given().get(pictureRoute).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        given().header("Range", "bytes=0-9").get("/v1/public/storybooks/" + id + "/assets/" + voice).then().statusCode(206)
                .contentType(org.hamcrest.Matchers.startsWith("audio/")).header("Content-Range", org.hamcrest.Matchers.startsWith("bytes 0-9/"));
        // another asset of the same owner, not shown by any page, stays private; so does a malformed id
        String other = finishedBook(token, session, 1, false);
        String otherPicture = as(token).get("/v1/storybooks/" + other).then().extract().path("pages[0].image_asset_id");
        given().get("/v1/public/storybooks/" + id + "/assets/" + otherPicture).then().statusCode(404);
        given().get("/v1/public/storybooks/" + id + "/assets/not-a-uuid").then().statusCode(404);
        given().get("/v1/public/storybooks/" + other + "/assets/" + otherPicture).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedWithItsCode() {
        String token = newUser();
        String session = newSession(token);

        as(token).contentType(ContentType.JSON).body(book(session, List.of(), false)).post("/v1/storybooks")
                .then().statusCode(400).body("code", equalTo("invalid_storybook_scenes"));
        as(token).contentType(ContentType.JSON).body(book(session, scenes(101), false)).post("/v1/storybooks")
                .then().statusCode(400).body("code", equalTo("invalid_storybook_scenes"));
        Map<String, Object> untitled = book(session, scenes(1), false);
        untitled.put("title", "  ");
        as(token).contentType(ContentType.JSON).body(untitled).post("/v1/storybooks")
                .then().statusCode(400).body("code", equalTo("invalid_storybook_title"));
        String id = as(token).contentType(ContentType.JSON).body(book(session, scenes(1), false))
                .post("/v1/storybooks").then().statusCode(202).extract().path("storybook.id");
        try {
            awaitFinished(token, id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        as(token).contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/v1/storybooks/" + id + "/pages/1/text").then().statusCode(400).body("code", equalTo("invalid_storybook_text"));
        as(token).contentType(ContentType.JSON).body(Map.of("text", "ok"))
                .post("/v1/storybooks/" + id + "/pages/2/text").then().statusCode(400).body("code", equalTo("invalid_storybook_page"));
    }
}
