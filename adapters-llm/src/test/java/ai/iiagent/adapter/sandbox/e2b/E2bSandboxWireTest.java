package ai.iiagent.adapter.sandbox.e2b;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The E2B adapter against WireMock playing E2B's control plane (JSON as api.e2b.app sends it) and a
 * sandbox's envd (Connect-streamed {@code process.Process/Start}, {@code /files}).
 */
class E2bSandboxWireTest {

    private static final String SANDBOX = "isb7k2qx0m4c";
    private static final String ENVD = "/envd/49983/" + SANDBOX;
    private final SessionId session = new SessionId(UUID.fromString("1f7d8a40-6c0b-4d2e-b0a5-93c1e7f2a6d4"));
    private WireMockServer e2b;
    private E2bSandbox sandbox;

    @BeforeEach
    void start() {
        e2b = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        e2b.start();
        sandbox = newAdapter();
    }

    @AfterEach
    void stop() {
        e2b.stop();
    }

    private E2bSandbox newAdapter() {
        return new E2bSandbox(new E2bSandboxConfig(e2b.baseUrl(), "e2b_test_key_0123", "base", Duration.ofMinutes(15),
                e2b.baseUrl() + "/envd/{port}/{sandbox}", Duration.ofSeconds(5)));
    }

    @Test
    void givenNoSandbox_whenEnsured_thenOneIsCreatedWithAutoPauseAndOurMetadata_andTheWorkspaceMade() throws Exception {
        created();
        e2b.stubFor(post(ENVD + "/process.Process/Start").willReturn(stream("process-start-quiet.bin")));

        var instance = sandbox.ensure(session, null);

        assertThat(instance.providerSandboxId()).isEqualTo(SANDBOX);
        assertThat(instance.status()).isEqualTo(SandboxStatus.RUNNING);
        e2b.verify(postRequestedFor(urlEqualTo("/sandboxes")).withHeader("X-API-Key", equalTo("e2b_test_key_0123"))
                .withRequestBody(matchingJsonPath("$.templateID", equalTo("base")))
                .withRequestBody(matchingJsonPath("$.timeout", equalTo("900")))
                .withRequestBody(matchingJsonPath("$.autoPause", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.metadata.ii_managed", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.metadata.ii_session_id", equalTo(session.toString()))));
        var start = e2b.findAll(postRequestedFor(urlEqualTo(ENVD + "/process.Process/Start"))).getFirst();
        assertThat(start.getHeader("X-Access-Token")).isEqualTo("ea7c9f03-envd-token");
        assertThat(start.getHeader("Content-Type")).isEqualTo("application/connect+json");
        JsonNode process = envelopeJson(start.getBody()).path("process");
        assertThat(process.path("cmd").asText()).isEqualTo("timeout");
        assertThat(process.path("args").toString()).isEqualTo("[\"-s\",\"KILL\",\"30\",\"bash\",\"-c\","
                + "\"mkdir -p '/home/user/workspace'\"]");
        assertThat(process.path("cwd").asText()).isEqualTo("/home/user/workspace");
    }

    @Test
    void givenACommand_thenTheConnectStreamIsReadIntoStdoutStderrAndTheExitCode() {
        createdAndRunning();
        e2b.stubFor(post(ENVD + "/process.Process/Start").withRequestBody(containing("echo hello"))
                .willReturn(stream("process-start-echo.bin")));
        e2b.stubFor(post(ENVD + "/process.Process/Start").withRequestBody(containing("ls nope"))
                .willReturn(stream("process-start-exit2.bin")));

        CommandResult hello = sandbox.run(session, new CommandRequest("echo hello", Duration.ofSeconds(20), 1024), null);
        CommandResult failed = sandbox.run(session, new CommandRequest("ls nope", Duration.ofSeconds(20), 1024), null);

        assertThat(hello.exitCode()).isZero();
        assertThat(hello.stdout()).isEqualTo("hello\n");
        assertThat(hello.stderr()).isEqualTo("warn: from stderr\n");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.stderr()).contains("No such file or directory");
        assertThat(failed.succeeded()).isFalse();
    }

    @Test
    void givenFiles_thenTheyGoThroughEnvdFiles_asMultipartAndRawBytes() {
        createdAndRunning();
        e2b.stubFor(post(urlPathEqualTo(ENVD + "/files")).willReturn(json(200,
                "[{\"path\":\"/home/user/workspace/src/a.txt\",\"name\":\"a.txt\",\"type\":\"file\"}]")));
        e2b.stubFor(get(urlEqualTo(ENVD + "/files?path=%2Fhome%2Fuser%2Fworkspace%2Fsrc%2Fa.txt&username=user"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                        .withBody("file body\n")));
        e2b.stubFor(get(urlEqualTo(ENVD + "/files?path=%2Fhome%2Fuser%2Fworkspace%2Fmissing&username=user"))
                .willReturn(json(404, "{\"code\":404,\"message\":\"path '/home/user/workspace/missing' does not exist\"}")));

        sandbox.writeFile(session, "src/a.txt", "file body\n".getBytes(StandardCharsets.UTF_8), null);

        var upload = e2b.findAll(postRequestedFor(urlPathEqualTo(ENVD + "/files"))).getFirst();
        assertThat(upload.queryParameter("path").firstValue()).isEqualTo("/home/user/workspace/src/a.txt");
        assertThat(upload.queryParameter("username").firstValue()).isEqualTo("user");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.getBodyAsString()).contains("name=\"file\"").contains("file body\n");
        assertThat(new String(sandbox.readFile(session, "src/a.txt", null), StandardCharsets.UTF_8)).isEqualTo("file body\n");
        assertThatThrownBy(() -> sandbox.readFile(session, "missing", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenTheLifecycle_thenPauseConnectResumeListAndKillUseTheControlPlane_andAnotherProcessCanReattach() {
        createdAndRunning();
        e2b.stubFor(post("/sandboxes/" + SANDBOX + "/pause").willReturn(aResponse().withStatus(204)));
        e2b.stubFor(post("/sandboxes/" + SANDBOX + "/connect").willReturn(json(200, sandboxJson("running"))));
        e2b.stubFor(get(urlPathEqualTo("/v2/sandboxes")).willReturn(json(200, "[" + listed(session.toString()) + ","
                + listed("not-a-session") + "]")));
        e2b.stubFor(delete("/sandboxes/" + SANDBOX).willReturn(aResponse().withStatus(204)));

        assertThat(sandbox.pause(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(sandbox.resume(session)).isEqualTo(SandboxStatus.RUNNING);
        assertThat(sandbox.list()).containsExactly(session);
        assertThat(sandbox.exposePort(session, 3000, null).toString()).isEqualTo(e2b.baseUrl() + "/envd/3000/" + SANDBOX);

        E2bSandbox afterRestart = newAdapter();
        e2b.stubFor(get("/sandboxes/" + SANDBOX).willReturn(json(200, detail("paused"))));
        assertThat(afterRestart.connect(session, SANDBOX).status()).isEqualTo(SandboxStatus.PAUSED);
        afterRestart.destroy(session);

        e2b.verify(postRequestedFor(urlEqualTo("/sandboxes/" + SANDBOX + "/connect"))
                .withRequestBody(matchingJsonPath("$.timeout", equalTo("900"))));
        e2b.verify(getRequestedFor(urlEqualTo("/v2/sandboxes?metadata=ii_managed%3Dtrue&state=running&state=paused")));
        e2b.verify(deleteRequestedFor(urlEqualTo("/sandboxes/" + SANDBOX)));
        assertThat(afterRestart.status(session)).isEqualTo(SandboxStatus.ABSENT);
    }

    @Test
    void givenASandboxGoneAtE2b_thenItIsAbsent() {
        e2b.stubFor(get("/sandboxes/" + SANDBOX).willReturn(json(404, "{\"code\":404,\"message\":\"sandbox \\\""
                + SANDBOX + "\\\" doesn't exist or you don't have access to it\"}")));
        assertThat(sandbox.connect(session, SANDBOX).status()).isEqualTo(SandboxStatus.ABSENT);
        assertThat(sandbox.status(session)).isEqualTo(SandboxStatus.ABSENT);
    }

    private void created() {
        e2b.stubFor(post("/sandboxes").willReturn(json(201, sandboxJson(null))));
    }

    private void createdAndRunning() {
        created();
        e2b.stubFor(post(ENVD + "/process.Process/Start").atPriority(10).willReturn(stream("process-start-quiet.bin")));
        sandbox.ensure(session, null);
        e2b.stubFor(get("/sandboxes/" + SANDBOX).willReturn(json(200, detail("running"))));
    }

    private static String sandboxJson(String state) {
        return "{\"templateID\":\"rki5dems9wqfm4r03t7g\",\"sandboxID\":\"" + SANDBOX + "\",\"alias\":\"base\","
                + "\"clientID\":\"6532622b\",\"envdVersion\":\"0.2.4\",\"envdAccessToken\":\"ea7c9f03-envd-token\","
                + "\"domain\":\"e2b.app\"" + (state == null ? "" : ",\"state\":\"" + state + "\"") + "}";
    }

    private static String detail(String state) {
        return "{\"templateID\":\"rki5dems9wqfm4r03t7g\",\"alias\":\"base\",\"sandboxID\":\"" + SANDBOX + "\","
                + "\"clientID\":\"6532622b\",\"startedAt\":\"2026-12-01T10:00:00Z\",\"endAt\":\"2026-12-01T10:15:00Z\","
                + "\"envdVersion\":\"0.2.4\",\"envdAccessToken\":\"ea7c9f03-envd-token\",\"domain\":\"e2b.app\","
                + "\"cpuCount\":2,\"memoryMB\":512,\"diskSizeMB\":10240,\"metadata\":{\"ii_managed\":\"true\"},"
                + "\"state\":\"" + state + "\"}";
    }

    private static String listed(String sessionId) {
        return "{\"templateID\":\"rki5dems9wqfm4r03t7g\",\"sandboxID\":\"" + SANDBOX + "\",\"clientID\":\"6532622b\","
                + "\"startedAt\":\"2026-12-01T10:00:00Z\",\"endAt\":\"2026-12-01T10:15:00Z\",\"cpuCount\":2,"
                + "\"memoryMB\":512,\"diskSizeMB\":10240,\"state\":\"running\",\"envdVersion\":\"0.2.4\","
                + "\"metadata\":{\"ii_managed\":\"true\",\"ii_session_id\":\"" + sessionId + "\"}}";
    }

    private static JsonNode envelopeJson(byte[] body) throws IOException {
        assertThat(body[0]).isZero();
        int length = ByteBuffer.wrap(body, 1, 4).getInt();
        return new ObjectMapper().readTree(Arrays.copyOfRange(body, 5, 5 + length));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder stream(String name) {
        try (InputStream in = E2bSandboxWireTest.class.getResourceAsStream("/transcripts/e2b/" + name)) {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/connect+json")
                    .withBody(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
