package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.WAIT;
import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
 * Files sent with {@code query} over the socket: uploaded through the assets API, an image reaches the
 * vision model (gpt-4o-mini on the OpenAI stand-in) as an {@code image_url} part, a PDF's text reaches
 * it in the message, other files land in {@code /workspace/uploads/}; a text-only model gets a note
 * instead of the image; another user's file is refused.
 */
@QuarkusTest
@WithTestResource(OpenAiStandIn.class)
class QueryAttachmentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RUN_WAIT = Duration.ofSeconds(60);

    @Test
    void givenAnImageAndAPdf_whenQueriedOnAVisionModel_thenImagePartPdfTextAndWorkspaceCopyReachTheRun() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "attachments");
        byte[] png = png();
        String image = uploadReady(token, "chart.png", "image/png", png, id);
        String pdf = uploadReady(token, "report.pdf", "application/pdf", pdf("Quarterly revenue rose nine percent"), id);
        String marker = "summarise my files " + UUID.randomUUID();

        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            query(client, Map.of("command", "query", "text", marker, "files", List.of(image, pdf)));

            JsonNode userMessage = event(client.await(named("session.user_message"), WAIT)).path("content");
            assertThat(userMessage.path("text").asText()).isEqualTo(marker);
            assertThat(userMessage.path("files").findValuesAsText("name")).containsExactly("chart.png", "report.pdf");
            client.await(named("agent.complete"), RUN_WAIT);

            client.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "file_tree", "path", "uploads"))));
            JsonNode tree = event(client.await(named("file.tree.listed"), WAIT)).path("content");
            assertThat(tree.path("entries").findValuesAsText("path")).containsExactly("uploads/report.pdf");

            query(client, Map.of("command", "query", "text", "and once more " + marker));
            client.await(named("agent.complete"), RUN_WAIT);
        }
        JsonNode replayed = firstRequestWith("and once more " + marker).path("messages");
        assertThat(replayed.findValues("image_url")).as("the stored conversation keeps the picture for the next run")
                .extracting(url -> url.path("url").asText())
                .contains("data:image/png;base64," + Base64.getEncoder().encodeToString(png));

        JsonNode user = lastUserMessage(firstRequestWith(marker));
        JsonNode parts = user.path("content");
        assertThat(parts.isArray()).as("a message with an image is a list of parts").isTrue();
        assertThat(parts.get(0).path("type").asText()).isEqualTo("text");
        assertThat(parts.get(0).path("text").asText()).startsWith(marker)
                .contains("- chart.png (image/png, " + png.length + " bytes): shown to you as an image")
                .contains("- report.pdf (application/pdf").contains("saved at /workspace/uploads/report.pdf")
                .contains("<document name=\"report.pdf\" pages=\"1\">")
                .contains("Quarterly revenue rose nine percent");
        assertThat(parts.get(1).path("type").asText()).isEqualTo("image_url");
        assertThat(parts.get(1).path("image_url").path("url").asText())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        assertThat(parts).hasSize(2);
    }

    @Test
    void givenATextOnlyModel_whenAnImageIsAttached_thenTheModelGetsANoteAndTheFileIsInTheWorkspace() throws Exception {
        String token = newAccessToken();
        String modelSetting = given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("provider", "openai_compatible", "model_id", "my-llama", "display_name", "My Llama",
                        "base_url", OpenAiStandIn.server.baseUrl() + "/v1", "api_key", "sk-users-own-key"))
                .post("/v1/user-settings/models").then().statusCode(201).extract().path("id");
        String id = newSession(token, "text only");
        String image = uploadReady(token, "photo.png", "image/png", png(), id);
        String marker = "what is in the photo " + UUID.randomUUID();

        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            query(client, Map.of("command", "query", "text", marker, "files", List.of(image), "model_id", modelSetting));
            client.await(named("agent.complete"), RUN_WAIT);

            client.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "file_content", "path", "uploads/photo.png"))));
            JsonNode file = event(client.await(named("file.content.read"), WAIT)).path("content");
            assertThat(file.path("binary").asBoolean()).isTrue();
            assertThat(file.path("size").asLong()).isEqualTo(png().length);
        }

        JsonNode user = lastUserMessage(firstRequestWith(marker));
        assertThat(user.path("content").isTextual()).as("no image part for a text-only model").isTrue();
        assertThat(user.path("content").asText()).startsWith(marker)
                .contains("saved at /workspace/uploads/photo.png")
                .contains("photo.png is an image, but it is not shown to you because the model in use (My Llama) cannot view images");
    }

    @Test
    void givenAnotherUsersFileOrABadId_whenQueried_thenRefusedWithAClearCode_andOwnFilesStillWork() throws Exception {
        String stranger = newAccessToken();
        String theirs = uploadReady(stranger, "secret.txt", "text/plain", "their secret".getBytes(), null);
        String token = newAccessToken();
        String id = newSession(token, "refusals");
        String mine = uploadReady(token, "mine.txt", "text/plain", "my notes".getBytes(), id);

        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), WAIT);
            query(client, Map.of("command", "query", "text", "read it", "files", List.of(theirs)));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("asset_not_found");
            query(client, Map.of("command", "query", "text", "read it", "files", List.of("../../etc/passwd")));
            assertThat(event(client.await(named("system.error"), WAIT)).path("content").path("code").asText())
                    .isEqualTo("invalid_attachment");

            query(client, Map.of("command", "query", "text", "read mine", "files", List.of(mine)));
            assertThat(event(client.await(named("session.user_message"), WAIT)).path("content").path("files")
                    .findValuesAsText("name")).containsExactly("mine.txt");
            client.await(named("agent.complete"), RUN_WAIT);
            client.send(Map.of("type", "chat_message", "data", Map.of("content",
                    Map.of("command", "file_content", "path", "uploads/mine.txt"))));
            assertThat(event(client.await(named("file.content.read"), WAIT)).path("content").path("content").asText())
                    .isEqualTo("my notes");
        }
        assertThat(OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing("their secret")))).isEmpty();
    }

    private static void query(SocketClient client, Map<String, Object> content) {
        client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
    }

    private static JsonNode firstRequestWith(String marker) throws IOException {
        List<LoggedRequest> requests = OpenAiStandIn.server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withRequestBody(containing(marker)));
        assertThat(requests).isNotEmpty();
        return JSON.readTree(requests.get(0).getBodyAsString());
    }

    private static JsonNode lastUserMessage(JsonNode body) {
        List<JsonNode> users = new ArrayList<>();
        body.path("messages").forEach(message -> {
            if (message.path("role").asText().equals("user")) {
                users.add(message);
            }
        });
        return users.get(users.size() - 1);
    }

    private static String uploadReady(String token, String name, String type, byte[] bytes, String sessionId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("file_name", name, "content_type", type, "size", bytes.length));
        if (sessionId != null) {
            body.put("session_id", sessionId);
        }
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

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf(String text) throws IOException {
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
}
