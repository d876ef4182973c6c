package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ai.iiagent.e2e.chat.ChatSse;
import ai.iiagent.e2e.chat.ChatSse.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Files attached to chat messages ({@code file_ids}), against WireMock playing OpenAI and Anthropic:
 * an image reaches a vision model as an image part in each provider's wire format, a PDF's and a text
 * file's text reach it in the message, the files are listed in the history, and their text is indexed
 * so {@code file_search} (offered once the conversation has files) finds the passage.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class ChatAttachmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenAnImageAPdfAndATextFile_thenTheOpenAiRequestCarriesTheImagePartAndTheirText_andTheHistoryListsThem()
            throws Exception {
        String marker = "chat-attach-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(sse("/transcripts/openai-chat/chat-answer.sse")));
        String token = newAccessToken();
        byte[] png = png();
        String image = uploadReady(token, "chart.png", "image/png", png);
        String pdf = uploadReady(token, "report.pdf", "application/pdf", pdf("Quarterly revenue rose nine percent"));
        String notes = uploadReady(token, "notes.txt", "text/plain", "Remember the llama budget.".getBytes());

        List<Event> events = ChatSse.parse(send(token, Map.of("content", marker, "file_ids", List.of(image, pdf, notes))));

        assertThat(events.getLast().get("finish_reason")).as("%s", events).isEqualTo("stop");
        JsonNode request = requestWith(marker);
        JsonNode parts = lastUser(request).path("content");
        assertThat(parts.isArray()).as("a message with an image is a list of parts").isTrue();
        assertThat(parts.get(0).path("type").asText()).isEqualTo("text");
        assertThat(parts.get(0).path("text").asText()).startsWith(marker)
                .contains("- chart.png (image/png, " + png.length + " bytes): shown to you as an image")
                .contains("<document name=\"report.pdf\" pages=\"1\">").contains("Quarterly revenue rose nine percent")
                .contains("<document name=\"notes.txt\">").contains("Remember the llama budget.");
        assertThat(parts.get(1).path("type").asText()).isEqualTo("image_url");
        assertThat(parts.get(1).path("image_url").path("url").asText())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        assertThat(request.path("tools").findValuesAsText("name")).contains("file_search");

        String sessionId = (String) events.getFirst().get("session_id");
        given().header("Authorization", "Bearer " + token).get("/v1/chat/conversations/" + sessionId).then()
                .statusCode(200).body("messages[0].files.name", contains("chart.png", "report.pdf", "notes.txt"))
                .body("messages[0].files[0].content_type", equalTo("image/png"))
                .body("messages[0].files[0].id", equalTo(image)).body("messages[1].files", hasSize(0));
    }

    @Test
    void givenAnAttachedPdf_whenTheModelCallsFileSearch_thenThePassageComesBack_andTheAnswerFollows() throws Exception {
        String marker = "chat-fs-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(sse("/transcripts/openai-chat/chat-answer.sse")));
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(2)
                .withRequestBody(containing(marker)).willReturn(sse("/transcripts/openai-chat/chat-file-search-call.sse")));
        String token = newAccessToken();
        String pdf = uploadReady(token, "report.pdf", "application/pdf", pdf("Quarterly revenue rose nine percent"));
        String other = uploadReady(token, "menu.txt", "text/plain", "Soup of the day: lentils.".getBytes());

        List<Event> events = ChatSse.parse(send(token, Map.of("content", marker, "file_ids", List.of(pdf, other))));

        Event call = events.stream().filter(e -> e.name().equals("tool_call") && "stop".equals(e.get("status")))
                .findFirst().orElseThrow(() -> new AssertionError("no file_search call in " + events));
        assertThat(call.get("name")).isEqualTo("file_search");
        // the call's arguments streamed as the model wrote them: start, the two fragments, stop
        assertThat(events.stream().filter(e -> e.name().equals("tool_call")).map(e -> e.get("status") + ":"
                + (e.get("delta") == null ? "" : e.get("delta")))).containsExactly("start:",
                "delta:{\"query\": \"quarterly", "delta: revenue\"}", "stop:");
        Event result = events.stream().filter(e -> e.name().equals("tool_result")).findFirst().orElseThrow();
        assertThat(result.get("is_error")).isEqualTo(false);
        assertThat((String) result.get("output")).contains("[report.pdf, passage 1]")
                .contains("Quarterly revenue rose nine percent").doesNotContain("lentils");
        assertThat(events.getLast().get("finish_reason")).isEqualTo("stop");
        OpenAiStandIn.server.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(marker))
                .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')].content",
                        containing("Quarterly revenue rose nine percent"))));
    }

    @Test
    void givenNoFiles_thenFileSearchIsNotOffered() throws Exception {
        String marker = "chat-nofiles-" + UUID.randomUUID();
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing(marker)).willReturn(sse("/transcripts/openai-chat/chat-answer.sse")));

        send(newAccessToken(), Map.of("content", marker));

        assertThat(requestWith(marker).path("tools").findValuesAsText("name")).doesNotContain("file_search")
                .contains("code_interpreter");
    }

    @Test
    void givenAnImage_onAnAnthropicModel_thenTheRequestCarriesABase64ImageBlock() throws Exception {
        OpenAiStandIn.server.stubFor(post(urlEqualTo("/v1/messages")).atPriority(1)
                .willReturn(sse("/transcripts/anthropic-chat/text.sse")));
        String token = newAccessToken();
        String modelSetting = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("provider", "anthropic", "model_id", "claude-sonnet-4-5", "display_name", "My Claude",
                        "base_url", OpenAiStandIn.server.baseUrl(), "api_key", "sk-ant-users-own"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
        byte[] png = png();
        String image = uploadReady(token, "photo.png", "image/png", png);
        String marker = "anthropic-attach-" + UUID.randomUUID();

        List<Event> events = ChatSse.parse(send(token, Map.of("content", marker, "model_id", modelSetting,
                "file_ids", List.of(image))));

        assertThat(events.getLast().get("finish_reason")).as("%s", events).isEqualTo("stop");
        List<LoggedRequest> found = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/messages"))
                .withRequestBody(containing(marker)));
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().getHeader("x-api-key")).isEqualTo("sk-ant-users-own");
        JsonNode body = JSON.readTree(found.getFirst().getBodyAsString());
        JsonNode content = body.path("messages").get(body.path("messages").size() - 1).path("content");
        assertThat(content.get(0).path("type").asText()).isEqualTo("text");
        assertThat(content.get(0).path("text").asText()).startsWith(marker);
        JsonNode block = content.get(1);
        assertThat(block.path("type").asText()).isEqualTo("image");
        assertThat(block.path("source").path("type").asText()).isEqualTo("base64");
        assertThat(block.path("source").path("media_type").asText()).isEqualTo("image/png");
        assertThat(block.path("source").path("data").asText()).isEqualTo(Base64.getEncoder().encodeToString(png));
    }

    @Test
    void givenAnotherUsersFileOrABadId_thenTheMessageIsRefused_beforeAnySessionIsMade() {
        String stranger = newAccessToken();
        String theirs = uploadReady(stranger, "secret.txt", "text/plain", "their secret".getBytes());
        String token = newAccessToken();

        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("content", "read it", "file_ids", List.of(theirs))).post("/v1/chat/conversations").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("asset_not_found"));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("content", "read it", "file_ids", List.of("../../etc/passwd"))).post("/v1/chat/conversations")
                .then().statusCode(400).body("code", equalTo("invalid_attachment"));
        given().header("Authorization", "Bearer " + token).get("/v1/sessions").then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static JsonNode requestWith(String text) throws IOException {
        List<LoggedRequest> found = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(text)));
        assertThat(found).isNotEmpty();
        return JSON.readTree(found.getFirst().getBodyAsString());
    }

    private static JsonNode lastUser(JsonNode body) {
        List<JsonNode> users = new ArrayList<>();
        body.path("messages").forEach(message -> {
            if (message.path("role").asText().equals("user")) {
                users.add(message);
            }
        });
        return users.getLast();
    }

    private static String send(String token, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept("text/event-stream")
                .body(body).post("/v1/chat/conversations").then().statusCode(200).extract().asString();
    }

    static String uploadReady(String token, String name, String type, byte[] bytes) {
        Map<String, Object> body = new HashMap<>(Map.of("file_name", name, "content_type", type, "size", bytes.length));
        Response started = given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/v1/assets/upload");
        started.then().statusCode(201);
        URI url = URI.create(started.path("upload_url"));
        given().urlEncodingEnabled(false).contentType(type).body(bytes)
                .put(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())).then().statusCode(204);
        String id = started.path("id");
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                .post("/v1/assets/" + id + "/complete").then().statusCode(200);
        return id;
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static ResponseDefinitionBuilder sse(String path) {
        try (InputStream in = ChatAttachmentsTest.class.getResourceAsStream(path)) {
            return aResponse().withStatus(200).withHeader("content-type", "text/event-stream")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
