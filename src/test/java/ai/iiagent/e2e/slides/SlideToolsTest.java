package ai.iiagent.e2e.slides;

import static ai.iiagent.e2e.slides.SlidesFixtures.newUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.bootstrap.wiring.SlidesWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.credits.HoldRequest;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.e2e.realtime.MediaSocket;
import ai.iiagent.port.in.credits.ReserveCreditsCommand;
import ai.iiagent.port.in.credits.ReserveCreditsUseCase;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.AgentTool;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The slide tools in the real (local bubblewrap) sandbox: the {@code slide} agent type on the offline
 * model writes a three-slide deck whose files are in the workspace and whose slides are stored;
 * {@code SlideEdit} and {@code slide_apply_patch} change stored slides (new versions, workspace copies
 * updated) and refuse what they must; {@code slide_nano_banana} generates picture slides, billed.
 */
@QuarkusTest
class SlideToolsTest {

    @Inject
    SandboxPort sandbox;

    @Inject
    SlidesWiring.SlideTools tools;

    @Inject
    ReserveCreditsUseCase reserve;

    @Test
    void givenTheSlideType_whenTheOfflineModelWorksOnATopic_thenADeckIsWrittenToTheWorkspaceAndStored()
            throws Exception {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "slides");
        List<JsonNode> results = MediaSocket.runQuery(token, session, "slide", "work on: quarterly review", 3);

        assertThat(results).extracting(result -> result.path("tool_name").asText()).containsOnly("SlideWrite");
        results.forEach(result -> assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse());
        assertThat(results).extracting(result -> result.path("result").path("slide_number").asInt())
                .containsExactlyInAnyOrder(1, 2, 3);
        JsonPath decks = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().statusCode(200).extract().jsonPath();
        assertThat(decks.getList("presentations.name", String.class)).containsExactly("quarterly-review");
        assertThat(decks.getList("presentations[0].slides.slide_title", String.class))
                .containsExactly("quarterly review", "Key points", "Thank you");
        for (int i = 0; i < 3; i++) {
            String stored = decks.getString("presentations[0].slides[" + i + "].slide_content");
            assertThat(workspaceFile(session, "presentations/quarterly-review/slide_" + (i + 1) + ".html")).isEqualTo(stored);
        }
    }

    @Test
    void givenStoredSlides_thenSlideEditAndSlideApplyPatchMakeNewVersions_andRefuseWhatTheyMust() throws Exception {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "slides edit");
        MediaSocket.runQuery(token, session, "slide", "work on: edits", 3);
        UserId user = userOf(token);
        AgentTool edit = tool("SlideEdit");
        AgentTool patch = tool("slide_apply_patch");

        ToolOutcome edited = run(edit, user, session, Map.of("presentation_name", "edits", "slide_number", 2,
                "old_string", "Why it matters", "new_string", "Why edits matter", "update_description", "Edited points"));
        assertThat(edited.error()).as(edited.text()).isFalse();
        assertThat(edited.display()).containsEntry("version", 2).containsEntry("slide_number", 2);
        assertThat(workspaceFile(session, "presentations/edits/slide_2.html")).contains("Why edits matter");
        assertThat(run(edit, user, session, Map.of("presentation_name", "edits", "slide_number", 2,
                "old_string", "not there", "new_string", "x")).text()).contains("was not found");
        assertThat(run(edit, user, session, Map.of("presentation_name", "edits", "slide_number", 9,
                "old_string", "a", "new_string", "b")).text()).contains("has no slide 9");
        assertThat(run(edit, user, session, Map.of("presentation_name", "edits", "slide_number", 2,
                "old_string", "<li>", "new_string", "<li class=x>")).text()).contains("occurs 3 times");

        String slide3 = workspaceFile(session, "presentations/edits/slide_3.html");
        String firstLine = slide3.lines().findFirst().orElseThrow();
        String good = "*** Begin Patch\n*** Update File: presentations/edits/slide_3.html\n-" + firstLine + "\n+"
                + firstLine.replace("<h1>Thank you</h1>", "<h1>Thanks!</h1>") + "\n*** End Patch";
        ToolOutcome patched = run(patch, user, session, Map.of("input", good));
        assertThat(patched.error()).as(patched.text()).isFalse();
        assertThat(patched.display()).containsEntry("version", 2).containsEntry("slide_number", 3);
        JsonPath decks = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().extract().jsonPath();
        assertThat(decks.getString("presentations[0].slides[2].slide_content")).contains("<h1>Thanks!</h1>");
        assertThat(decks.getString("presentations[0].slides[1].description")).isEqualTo("Edited points");

        assertThat(run(patch, user, session, Map.of("input", "*** Begin Patch\n*** Add File: notes.txt\n+hi\n*** End Patch"))
                .text()).contains("is not a slide file");
        assertThat(run(patch, user, session, Map.of("input",
                "*** Begin Patch\n*** Delete File: presentations/edits/slide_1.html\n*** End Patch")).text())
                .contains("cannot be deleted");
        ToolOutcome broken = run(patch, user, session, Map.of("input", "*** Begin Patch\n*** Update File: "
                + "presentations/edits/slide_1.html\n-no such line\n+x\n*** End Patch"));
        assertThat(broken.error()).isTrue();
        assertThat(given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().extract().jsonPath().getInt("presentations[0].slides[0].version")).isEqualTo(1);

        String stranger = newUser();
        ToolOutcome foreign = run(tool("SlideWrite"), userOf(stranger), session, Map.of("presentation_name", "edits",
                "slide_number", 1, "title", "x", "content", "<p>x</p>"));
        assertThat(foreign.error()).isTrue();
        assertThat(foreign.display()).containsEntry("error", "session_not_found");
    }

    @Test
    void givenTheImageSlideType_thenTheOfflineModelGeneratesPictureSlides_billedPerImage() throws Exception {
        String token = MediaSocket.newAccessToken();
        String session = MediaSocket.newSession(token, "image slides");
        List<JsonNode> results = MediaSocket.runQuery(token, session, "slide_nano_banana", "work on: ocean life", 2);

        assertThat(results).extracting(result -> result.path("tool_name").asText()).containsOnly("SlideGenerate");
        results.forEach(result -> assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse());
        JsonPath decks = given().header("Authorization", "Bearer " + token).queryParam("session_id", session)
                .get("/v1/slides").then().statusCode(200).extract().jsonPath();
        assertThat(decks.getList("presentations[0].slides.type", String.class)).containsExactly("image", "image");
        assertThat(decks.getString("presentations[0].slides[0].slide_content")).contains("data:image/png;base64,");
        byte[] png = sandbox.readHead(new SessionId(UUID.fromString(session)), "presentations/ocean-life/images/slide_1.png",
                1 << 22).head();
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        List<Map<String, Object>> items = given().header("Authorization", "Bearer " + token).queryParam("per_page", 100)
                .get("/v1/credits/usage/" + session).then().statusCode(200).extract().jsonPath().getList("items");
        double net = items.stream().filter(item -> "SlideGenerate".equals(item.get("tool_name")))
                .mapToDouble(item -> ((Number) item.get("amount")).doubleValue()).sum();
        assertThat(net).as(items.toString()).isNegative();
    }

    private AgentTool tool(String name) {
        return tools.tools().stream().filter(tool -> tool.spec().name().equals(name)).findFirst().orElseThrow();
    }

    private ToolOutcome run(AgentTool tool, UserId user, String session, Map<String, Object> arguments) throws Exception {
        RunId run = new RunId(UUID.randomUUID());
        CreditReservation hold = reserve.reserve(new ReserveCreditsCommand(user,
                BillingSubject.tool(UUID.fromString(session), run.value(), tool.spec().name()), "test:" + UUID.randomUUID(),
                new HoldRequest.Fixed(Credits.ZERO)));
        return tool.run(new ToolInvocation(user, new SessionId(UUID.fromString(session)), run, "call_" + UUID.randomUUID(),
                arguments, Map.of(), hold));
    }

    private String workspaceFile(String session, String path) {
        return new String(sandbox.readHead(new SessionId(UUID.fromString(session)), path, 1 << 22).head(),
                StandardCharsets.UTF_8);
    }

    private static UserId userOf(String token) {
        return new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me").then()
                .extract().path("id")));
    }
}
