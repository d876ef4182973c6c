package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.adapter.http.projects.PreviewProxy;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.service.projects.ProjectAccess;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A {@code website_build} run with the offline model, end to end: "build site: NAME" makes it call
 * fullstack_project_init, which scaffolds the full-stack template in the real bubblewrap sandbox,
 * provisions the project's database on the test PostgreSQL, starts the server and previews it; the
 * owner then uses the app through the preview listener (the page, the API writing to the database)
 * and sees the row in the database browser.
 */
@QuarkusTest
class WebsiteBuildOverSocketTest {

    private static final Duration BUILD = Duration.ofSeconds(120);

    @Inject
    PreviewProxy proxy;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectDatabaseProvisionerPort provisioner;

    @Test
    void givenAWebsiteBuildRun_whenAskedToBuildASite_thenTheFullStackTemplateRunsWithItsDatabase_behindThePreview()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "website");
        try {
            JsonNode display = runWebsiteBuild(token, id, "build site: shop");
            JsonPath project = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(project.getString("name")).isEqualTo("shop");
            assertThat(project.getString("framework")).isEqualTo("fullstack");
            assertThat(project.getString("directory")).isEqualTo("/workspace/shop");
            assertThat(project.getString("database.role")).startsWith("proj_");
            assertThat(project.getString("session_id")).isEqualTo(id);
            assertThat(display.toString()).doesNotContain(project.getString("database.role") + ":");
            // SessionInfo.project_id: the session itself and the session list name the project.
            given().header("Authorization", "Bearer " + token).get("/v1/sessions/" + id).then().statusCode(200)
                    .body("project_id", org.hamcrest.Matchers.equalTo(project.getString("id")));
            assertThat(given().header("Authorization", "Bearer " + token).get("/v1/sessions").then().statusCode(200)
                    .extract().jsonPath().getString("sessions.find { it.id == '" + id + "' }.project_id"))
                    .isEqualTo(project.getString("id"));

            // The owner opens the preview (REST link → sign-in cookie) and uses the app through the preview listener.
            JsonPath link = given().header("Authorization", "Bearer " + token).post("/v1/sessions/" + id + "/previews/3000")
                    .then().statusCode(200).extract().jsonPath();
            URI url = URI.create(link.getString("url"));
            URI open = URI.create(link.getString("open_url"));
            String host = url.getHost() + ":" + url.getPort();
            String signIn = request(host, "GET " + open.getRawPath() + "?" + open.getRawQuery() + " HTTP/1.1", null, "");
            assertThat(signIn).startsWith("HTTP/1.1 303");
            String cookie = signIn.lines().filter(line -> line.toLowerCase().startsWith("set-cookie:")).findFirst()
                    .orElseThrow().substring("set-cookie:".length()).strip();
            cookie = cookie.substring(0, cookie.indexOf(';'));

            assertThat(request(host, "GET / HTTP/1.1", cookie, "")).startsWith("HTTP/1.0 200").contains("<h1>shop</h1>");
            assertThat(request(host, "GET /api/health HTTP/1.1", cookie, "")).contains("\"database\": true");
            String body = "{\"title\": \"first item\"}";
            assertThat(request(host, "POST /api/items HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length(), cookie, body)).startsWith("HTTP/1.0 201").contains("first item");
            assertThat(request(host, "GET /api/items HTTP/1.1", cookie, "")).contains("first item");
            assertThat(request(host, "GET /api/items HTTP/1.1", null, "")).startsWith("HTTP/1.1 404");

            // The database browser sees the template's table and the row written through the preview.
            String projectId = project.getString("id");
            JsonPath schema = given().header("Authorization", "Bearer " + token)
                    .get("/v1/project/" + projectId + "/database/schema").then().statusCode(200).extract().jsonPath();
            assertThat(schema.getList("tables.name", String.class)).contains("items");
            assertThat(schema.getList("tables.find { it.name == 'items' }.columns.name", String.class))
                    .containsExactly("id", "title", "created_at");
            JsonPath records = given().header("Authorization", "Bearer " + token).queryParam("table", "items")
                    .get("/v1/project/" + projectId + "/database/records").then().statusCode(200).extract().jsonPath();
            assertThat(records.getList("rows.title", String.class)).containsExactly("first item");
            assertThat(records.getLong("total")).isEqualTo(1);
        } finally {
            projects.findBySession(new ai.iiagent.domain.sessions.SessionId(UUID.fromString(id)))
                    .flatMap(p -> p.optionalDatabase()).ifPresent(db -> provisioner.drop(access.login(db)));
        }
    }

    /** A website_build query over /ws; answers the result of its fullstack_project_init call. */
    private static JsonNode runWebsiteBuild(String token, String id, String text) throws InterruptedException {
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("command", "query");
            content.put("text", text);
            content.put("agent_type", "website_build");
            content.put("auto_approve", true);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));

            JsonNode call = event(client.await(named("agent.tool.call"), BUILD)).path("content");
            assertThat(call.path("tool_name").asText()).isEqualTo("fullstack_project_init");
            JsonNode result = event(client.await(named("agent.tool.result"), BUILD)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            client.await(named("agent.complete"), BUILD);
            return result;
        }
    }

    // A raw HTTP/1.1 exchange with the preview listener, with the Host header a browser sends.
    private String request(String host, String startAndHeaders, String cookie, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", proxy.listeningPort())) {
            socket.setSoTimeout(15_000);
            String head = startAndHeaders + "\r\nHost: " + host + (cookie == null ? "" : "\r\nCookie: " + cookie)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
