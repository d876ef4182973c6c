package ai.iiagent.e2e.slides;

import static ai.iiagent.e2e.slides.SlidesFixtures.deck;
import static ai.iiagent.e2e.slides.SlidesFixtures.newSession;
import static ai.iiagent.e2e.slides.SlidesFixtures.newUser;
import static ai.iiagent.e2e.slides.SlidesFixtures.page;
import static ai.iiagent.e2e.slides.SlidesFixtures.write;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The slides REST API (docs/slides.md) against the whole app on PostgreSQL: writing and versions,
 * listing, revert, the design proxy's CSP and the sync's refusal of new active content, templates,
 * public decks, bad input with its codes, and every id-taking route answering 404 for another user.
 */
@QuarkusTest
class SlidesApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void givenSlidesWritten_thenTheyListByDeck_everyChangeIsAVersion_andARevertIsANewVersion() {
        String token = newUser();
        String session = newSession(token);
        write(token, session, "launch", 1, page("Hello")).statusCode(201).body("version", equalTo(1))
                .body("path", equalTo("presentations/launch/slide_1.html"));
        write(token, session, "launch", 2, page("Second")).statusCode(201);
        write(token, session, "launch", 1, page("Hello again")).statusCode(200).body("version", equalTo(2));
        write(token, session, "other", 1, page("Other deck")).statusCode(201);

        JsonPath decks = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().statusCode(200).extract().jsonPath();
        assertThat(decks.getList("presentations.name", String.class)).containsExactly("launch", "other");
        assertThat(decks.getList("presentations[0].slides.slide_number", Integer.class)).containsExactly(1, 2);
        assertThat(decks.getString("presentations[0].slides[0].slide_content")).contains("Hello again");
        assertThat(decks.getInt("presentations[0].slide_count")).isEqualTo(2);

        JsonPath versions = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "launch").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getList("versions.version", Integer.class)).containsExactly(1, 2);
        assertThat(versions.getList("versions.source", String.class)).containsExactly("api", "api");

        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("session_id", session, "presentation_name", "launch", "slide_number", 1, "version", 1))
                .post("/v1/slides/nano-banana/revert").then().statusCode(200).body("version", equalTo(3))
                .body("slide_content", containsString("Hello</h1>"));
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "launch").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions").then().extract().jsonPath().getList("versions.source", String.class))
                .containsExactly("api", "api", "revert");
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("session_id", session, "presentation_name", "launch", "slide_number", 1, "version", 9))
                .post("/v1/slides/nano-banana/revert").then().statusCode(404).body("code", equalTo("slide_version_not_found"));
    }

    @Test
    void givenBadInput_thenFourHundredsWithTheirCodes() {
        String token = newUser();
        String session = newSession(token);
        write(token, session, "deck", 0, page("x")).statusCode(400).body("code", equalTo("invalid_slide_number"));
        write(token, session, "deck", 201, page("x")).statusCode(400).body("code", equalTo("invalid_slide_number"));
        write(token, session, "deck", null, page("x")).statusCode(400).body("code", equalTo("invalid_slide_number"));
        write(token, session, "../etc", 1, page("x")).statusCode(400).body("code", equalTo("invalid_presentation_name"));
        write(token, session, "deck", 1, "  ").statusCode(400).body("code", equalTo("invalid_slide"));
        write(token, session, "deck", 1, "<p>" + "x".repeat(2_000_001) + "</p>").statusCode(400)
                .body("code", equalTo("slide_too_large"));
        given().header("Authorization", "Bearer " + token).get("/v1/slides").then().statusCode(400)
                .body("code", equalTo("session_id_required"));

        deck(token, session, "deck", 2);
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "nope").get("/v1/slides").then().statusCode(404)
                .body("code", equalTo("presentation_not_found"));
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "nope").queryParam("format", "zip").get("/v1/slides/download").then()
                .statusCode(404).body("code", equalTo("presentation_not_found"));
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("format", "docx").get("/v1/slides/download").then()
                .statusCode(400).body("code", equalTo("invalid_export_format"));
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("slide_number", 3)
                .get("/v1/slides/design/slide-proxy").then().statusCode(404).body("code", equalTo("slide_not_found"));
        given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("slide_number", 999)
                .get("/v1/slides/design/slide-proxy").then().statusCode(400).body("code", equalTo("invalid_slide_number"));
        sync(token, session, "deck", 7, page("seven")).then().statusCode(404).body("code", equalTo("slide_not_found"));
    }

    @Test
    void givenDesignMode_thenTheProxyServesTheSlideUnderAStrictCsp_andSyncRefusesNewActiveContent() {
        String token = newUser();
        String session = newSession(token);
        String withChart = "<!DOCTYPE html><html><head><script src=\"https://cdn.example.org/chart.js\"></script></head>"
                + "<body><h1 style=\"color:red\">Chart</h1><canvas id=\"c\"></canvas></body></html>";
        write(token, session, "deck", 1, withChart).statusCode(201);
        write(token, session, "deck", 2, page("Plain")).statusCode(201);

        Response proxy = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("slide_number", 1).get("/v1/slides/design/slide-proxy");
        assertThat(proxy.statusCode()).isEqualTo(200);
        assertThat(proxy.contentType()).startsWith("text/html");
        assertThat(proxy.body().asString()).isEqualTo(withChart);
        assertThat(proxy.header("Content-Security-Policy")).contains("sandbox allow-scripts", "default-src 'none'",
                "connect-src 'none'", "form-action 'none'").doesNotContain("allow-same-origin");
        assertThat(proxy.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Response deckPage = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").get("/v1/slides/design/slide-deck-proxy");
        assertThat(deckPage.statusCode()).isEqualTo(200);
        assertThat(deckPage.header("Content-Security-Policy")).contains("sandbox allow-scripts");
        assertThat(deckPage.body().asString()).contains("<iframe sandbox=\"allow-scripts\" data-slide-number=\"1\"",
                "data-slide-number=\"2\"", "&lt;h1&gt;Plain&lt;/h1&gt;").doesNotContain("<h1>Plain");

        // a text and style edit that keeps the slide's own script is stored
        String edited = withChart.replace("color:red", "color:blue").replace(">Chart<", ">Sales chart<");
        sync(token, session, "deck", 1, edited).then().statusCode(200).body("updated[0].version", equalTo(2));
        // anything active the slide did not have is refused, the slide unchanged
        List<String> injections = List.of(
                page("x").replace("<h1>", "<script>fetch('/auth/me')</script><h1>"),
                page("x").replace("<h1>", "<h1 onclick=\"alert(1)\">"),
                page("x").replace("<h1>", "<img src=x OnError=alert(1)><h1>"),
                page("x").replace("<h1>", "<a href=\" jav&#x61;script:alert(1)\">x</a><h1>"),
                page("x").replace("<h1>", "<iframe src=\"https://evil.example\"></iframe><h1>"),
                page("x").replace("<h1>", "<svg><script>alert(1)</script></svg><h1>"),
                page("x").replace("<h1>", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><h1>"));
        for (String injection : injections) {
            sync(token, session, "deck", 2, injection).then().statusCode(400).body("code", equalTo("slide_script_refused"));
        }
        sync(token, session, "deck", 1, edited.replace("chart.js", "evil.js")).then().statusCode(400)
                .body("code", equalTo("slide_script_refused"));
        // all or none: a good edit in the same batch as a bad one is not stored either
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("session_id", session, "presentation_name", "deck", "slides", List.of(
                        Map.of("slide_number", 2, "content", page("Good edit")),
                        Map.of("slide_number", 1, "content", edited + "<script>x()</script>"))))
                .post("/v1/slides/design/slide-deck-sync-batch").then().statusCode(400)
                .body("code", equalTo("slide_script_refused"));
        JsonPath decks = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().extract().jsonPath();
        assertThat(decks.getList("presentations[0].slides.version", Integer.class)).containsExactly(2, 1);
        assertThat(decks.getString("presentations[0].slides[1].slide_content")).contains("Plain");
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .queryParam("presentation_name", "deck").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions").then().extract().jsonPath().getList("versions.source", String.class))
                .containsExactly("api", "design");
    }

    @Test
    void givenTemplates_thenAnyoneReadsThem_paged_andOnlyAdminsAddThem() throws Exception {
        JsonPath all = given().queryParam("page_size", 100).get("/v1/slides/templates").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("templates.slide_template_name", String.class)).contains("Title slide (dark)",
                "Bullets (light)");
        given().queryParam("search", "BULLETS").get("/v1/slides/templates").then().statusCode(200)
                .body("templates.slide_template_name", org.hamcrest.Matchers.hasItem("Bullets (light)"))
                .body("templates.slide_template_name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "Title slide (dark)")));
        given().queryParam("page_size", 1).get("/v1/slides/templates").then().statusCode(200)
                .body("templates.size()", equalTo(1)).body("page_size", equalTo(1)).body("has_more", equalTo(true));
        given().queryParam("page_size", 0).get("/v1/slides/templates").then().statusCode(400)
                .body("code", equalTo("invalid_page_size"));
        given().queryParam("page", 0).get("/v1/slides/templates").then().statusCode(400).body("code", equalTo("invalid_page"));
        given().get("/v1/slides/templates/6a1f2b7e-19a0-4c51-9d3e-0a5c2f7b1901").then().statusCode(200)
                .body("slide_template_name", equalTo("Title slide (dark)")).body("slide_content", containsString("<h1>"));
        given().get("/v1/slides/templates/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("slide_template_not_found"));
        given().get("/v1/slides/templates/not-a-uuid").then().statusCode(404).body("code", equalTo("slide_template_not_found"));

        Map<String, Object> template = Map.of("slide_template_name", "Quote", "slide_content", page("A quote"),
                "slide_template_images", List.of("https://example.org/quote.png"));
        given().contentType(ContentType.JSON).body(template).post("/v1/slides/templates").then().statusCode(401);
        String user = newUser();
        given().header("Authorization", "Bearer " + user).contentType(ContentType.JSON).body(template)
                .post("/v1/slides/templates").then().statusCode(403);
        String admin = newUser();
        makeAdmin(admin);
        String id = given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON).body(template)
                .post("/v1/slides/templates").then().statusCode(201).body("slide_template_name", equalTo("Quote"))
                .extract().path("id");
        given().get("/v1/slides/templates/" + id).then().statusCode(200)
                .body("slide_template_images", equalTo(List.of("https://example.org/quote.png")));
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body(Map.of("slide_template_name", "Bad", "slide_content", page("x"),
                        "slide_template_images", List.of("javascript:alert(1)")))
                .post("/v1/slides/templates").then().statusCode(400).body("code", equalTo("invalid_slide"));
    }

    @Test
    void givenAPrivateSession_thenPublicRoutesAnswer404_andOnceItIsPublicTheyServeTheDeck() {
        String token = newUser();
        String session = newSession(token);
        deck(token, session, "shared", 2);
        given().queryParam("session_id", session).get("/v1/public/slides").then().statusCode(404)
                .body("code", equalTo("session_not_found"));
        given().queryParam("session_id", session).queryParam("presentation_name", "shared").queryParam("format", "zip")
                .get("/v1/public/slides/download").then().statusCode(404);
        given().queryParam("session_id", session).queryParam("presentation_name", "shared").queryParam("format", "zip")
                .get("/v1/public/slides/download/stream").then().statusCode(404);

        given().header("Authorization", "Bearer " + token).post("/v1/sessions/" + session + "/publish").then().statusCode(200);
        given().queryParam("session_id", session).get("/v1/public/slides").then().statusCode(200)
                .body("presentations[0].name", equalTo("shared")).body("presentations[0].slide_count", equalTo(2));
        byte[] zip = given().queryParam("session_id", session).queryParam("presentation_name", "shared")
                .queryParam("format", "zip").get("/v1/public/slides/download").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(SlidesExportTest.zipEntries(zip)).containsOnlyKeys("slide_1.html", "slide_2.html");
        // public is read-only: the owner routes still need the owner
        String stranger = newUser();
        given().header("Authorization", "Bearer " + stranger).queryParam("session_id", session).get("/v1/slides")
                .then().statusCode(404);
        write(stranger, session, "shared", 1, page("defaced")).statusCode(404);
    }

    @Test
    void givenAnotherUsersSession_thenEveryIdTakingRouteAnswers404_andNothingChanges() {
        String owner = newUser();
        String session = newSession(owner);
        deck(owner, session, "mine", 1);
        String other = newUser();
        Map<String, BiFunction<String, String, Response>> routes = new java.util.LinkedHashMap<>();
        routes.put("POST /v1/slides", (token, id) -> given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).queryParam("session_id", id).body(Map.of("presentation_name", "mine",
                        "slide_number", 1, "title", "t", "content", page("hijack"))).post("/v1/slides"));
        routes.put("GET /v1/slides", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).get("/v1/slides"));
        routes.put("GET download", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).queryParam("presentation_name", "mine").queryParam("format", "zip")
                .get("/v1/slides/download"));
        routes.put("GET download/stream", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).queryParam("presentation_name", "mine").queryParam("format", "zip")
                .get("/v1/slides/download/stream"));
        routes.put("GET slide-proxy", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).queryParam("presentation_name", "mine").queryParam("slide_number", 1)
                .get("/v1/slides/design/slide-proxy"));
        routes.put("GET slide-deck-proxy", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).queryParam("presentation_name", "mine").get("/v1/slides/design/slide-deck-proxy"));
        routes.put("POST slide-sync-batch", (token, id) -> sync(token, id, "mine", 1, page("hijack")));
        routes.put("POST slide-deck-sync-batch", (token, id) -> given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(Map.of("session_id", id, "presentation_name", "mine", "slides",
                        List.of(Map.of("slide_number", 1, "content", page("hijack"))))).post("/v1/slides/design/slide-deck-sync-batch"));
        routes.put("GET versions", (token, id) -> given().header("Authorization", "Bearer " + token)
                .queryParam("session_id", id).queryParam("presentation_name", "mine").queryParam("slide_number", 1)
                .get("/v1/slides/nano-banana/versions"));
        routes.put("POST revert", (token, id) -> given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(Map.of("session_id", id, "presentation_name", "mine",
                        "slide_number", 1, "version", 1)).post("/v1/slides/nano-banana/revert"));

        String unknown = java.util.UUID.randomUUID().toString();
        for (Map.Entry<String, BiFunction<String, String, Response>> route : routes.entrySet()) {
            for (String id : List.of(session, unknown, "not-a-uuid")) {
                Response response = route.getValue().apply(other, id);
                assertThat(response.statusCode()).as(route.getKey() + " with " + id).isEqualTo(404);
                assertThat(response.jsonPath().getString("code")).as(route.getKey()).isEqualTo("session_not_found");
            }
            assertThat(route.getValue().apply("not-a-token", session).statusCode()).as(route.getKey() + " anonymous")
                    .isEqualTo(401);
        }
        JsonPath untouched = given().header("Authorization", "Bearer " + owner).queryParam("session_id", session)
                .get("/v1/slides").then().extract().jsonPath();
        assertThat(untouched.getString("presentations[0].slides[0].slide_content")).doesNotContain("hijack");
        assertThat(untouched.getInt("presentations[0].slides[0].version")).isEqualTo(1);
        for (Map.Entry<String, BiFunction<String, String, Response>> route : routes.entrySet()) {
            assertThat(route.getValue().apply(owner, session).statusCode()).as(route.getKey() + " owner")
                    .isBetween(200, 201);
        }
    }

    static Response sync(String token, String session, String deck, int number, String html) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("session_id", session, "presentation_name", deck, "slides",
                        List.of(Map.of("slide_number", number, "content", html))))
                .post("/v1/slides/design/slide-sync-batch");
    }

    private void makeAdmin(String token) throws Exception {
        String id = given().header("Authorization", "Bearer " + token).get("/auth/me").then().extract().path("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update users set role = 'admin' where id = ?::uuid")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }
}
