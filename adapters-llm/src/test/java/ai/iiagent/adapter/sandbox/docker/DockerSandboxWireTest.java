package ai.iiagent.adapter.sandbox.docker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.shared.NotFoundException;
import ai.iiagent.domain.shared.ValidationException;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.CommandResult;
import ai.iiagent.port.out.sandbox.SandboxInstance;
import ai.iiagent.port.out.sandbox.SandboxStatus;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Docker adapter against a WireMock Docker Engine API (DOCKER_HOST=tcp://…) answering with the
 * Engine's shapes: container create/inspect/start/pause, exec create/start with the multiplexed
 * stdout/stderr stream, and tar archives made by GNU tar.
 */
class DockerSandboxWireTest {

    private final SessionId session = new SessionId(UUID.fromString("7b0c5e52-3f0e-4b1e-9a55-0d6f3c2a9e11"));
    private final String container = "/containers/iiagent-" + session;
    private WireMockServer engine;
    private DockerSandbox sandbox;

    @BeforeEach
    void start() {
        engine = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        engine.start();
        sandbox = new DockerSandbox(new DockerSandboxConfig("tcp://127.0.0.1:" + engine.port(), "debian:bookworm-slim",
                512L * 1024 * 1024, 500_000_000L, 128, false, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void givenNoContainer_whenEnsured_thenOneIsCreatedWithoutNetworkWithLimitsAndAWorkspaceVolume_andStarted() {
        engine.stubFor(get(container + "/json").willReturn(json(404, "{\"message\":\"No such container: iiagent-"
                + session + "\"}")));
        engine.stubFor(post(urlPathEqualTo("/containers/create")).willReturn(json(201,
                "{\"Id\":\"4f1c2b9e0d7a\",\"Warnings\":[]}")));
        engine.stubFor(post(container + "/start").willReturn(aResponse().withStatus(204)));

        SandboxInstance created = sandbox.ensure(session, null);

        assertThat(created.status()).isEqualTo(SandboxStatus.RUNNING);
        assertThat(created.providerSandboxId()).isEqualTo("iiagent-" + session);
        engine.verify(postRequestedFor(urlEqualTo("/containers/create?name=iiagent-" + session))
                .withRequestBody(matchingJsonPath("$.Image", equalTo("debian:bookworm-slim")))
                .withRequestBody(matchingJsonPath("$.NetworkDisabled", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.HostConfig.NetworkMode", equalTo("none")))
                .withRequestBody(matchingJsonPath("$.HostConfig.Memory", equalTo("536870912")))
                .withRequestBody(matchingJsonPath("$.HostConfig.NanoCpus", equalTo("500000000")))
                .withRequestBody(matchingJsonPath("$.HostConfig.PidsLimit", equalTo("128")))
                .withRequestBody(matchingJsonPath("$.HostConfig.CapDrop[0]", equalTo("ALL")))
                .withRequestBody(matchingJsonPath("$.HostConfig.Mounts[0].Source", equalTo("iiagent-ws-" + session)))
                .withRequestBody(matchingJsonPath("$.HostConfig.Mounts[0].Target", equalTo("/workspace")))
                .withRequestBody(matchingJsonPath("$.Labels['ai.iiagent.session']", equalTo(session.toString()))));
        engine.verify(postRequestedFor(urlEqualTo(container + "/start")));
    }

    @Test
    void givenARunningContainer_whenACommandRuns_thenTheMultiplexedStreamIsSplitIntoStdoutAndStderr() {
        running();
        engine.stubFor(post(container + "/exec").willReturn(json(201, "{\"Id\":\"b7e3a1c9d2f4\"}")));
        engine.stubFor(post("/exec/b7e3a1c9d2f4/start").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/vnd.docker.multiplexed-stream")
                .withBody(transcript("exec-start.bin"))));
        engine.stubFor(get("/exec/b7e3a1c9d2f4/json").willReturn(json(200,
                "{\"ID\":\"b7e3a1c9d2f4\",\"Running\":false,\"ExitCode\":0,\"Pid\":0}")));

        CommandResult result = sandbox.run(session, new CommandRequest("echo hello; echo done", Duration.ofSeconds(60),
                64 * 1024), null);

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("hello\ndone\n");
        assertThat(result.stderr()).isEqualTo("warn: from stderr\n");
        assertThat(result.timedOut()).isFalse();
        engine.verify(postRequestedFor(urlEqualTo(container + "/exec")).withRequestBody(equalToJson("""
                {"AttachStdout":true,"AttachStderr":true,"AttachStdin":false,"Tty":false,"WorkingDir":"/workspace",
                 "Cmd":["timeout","-s","KILL","60","bash","-c","echo hello; echo done"]}""")));
        engine.verify(postRequestedFor(urlEqualTo("/exec/b7e3a1c9d2f4/start"))
                .withRequestBody(equalToJson("{\"Detach\":false,\"Tty\":false}")));
    }

    @Test
    void givenAnOutputLimit_thenEachStreamIsCut_andMarkedTruncated() {
        running();
        engine.stubFor(post(container + "/exec").willReturn(json(201, "{\"Id\":\"e2\"}")));
        engine.stubFor(post("/exec/e2/start").willReturn(aResponse().withStatus(200).withBody(transcript("exec-start.bin"))));
        engine.stubFor(get("/exec/e2/json").willReturn(json(200, "{\"Running\":false,\"ExitCode\":0}")));

        CommandResult result = sandbox.run(session, new CommandRequest("x", Duration.ofSeconds(5), 4), null);

        assertThat(result.stdout()).isEqualTo("hell");
        assertThat(result.stderr()).isEqualTo("warn");
        assertThat(result.outputTruncated()).isTrue();
    }

    @Test
    void givenAFile_thenItIsReadFromTheArchiveEndpoint_andAMissingOneIsNotFound() {
        engine.stubFor(get(container + "/archive?path=%2Fworkspace%2Fhello.txt").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-tar").withBody(transcript("archive-hello.tar"))));
        engine.stubFor(get(container + "/archive?path=%2Fworkspace%2Fnope.txt").willReturn(json(404,
                "{\"message\":\"Could not find the file /workspace/nope.txt in container iiagent-" + session + "\"}")));

        assertThat(new String(sandbox.readFile(session, "hello.txt", null), StandardCharsets.UTF_8))
                .isEqualTo("hello from the container\n");
        assertThatThrownBy(() -> sandbox.readFile(session, "nope.txt", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sandbox.readFile(session, "../etc/passwd", null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void givenAFileToWrite_thenATarWithItsDirectoriesGoesToTheArchiveEndpoint_thatGnuTarCanRead() throws Exception {
        running();
        engine.stubFor(put(urlPathEqualTo(container + "/archive")).willReturn(aResponse().withStatus(200)));

        sandbox.writeFile(session, "src/app/main.py", "print('hi')\n".getBytes(StandardCharsets.UTF_8), null);

        var request = engine.findAll(putRequestedFor(urlEqualTo(container + "/archive?path=%2Fworkspace"))).getFirst();
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/x-tar");
        Path archive = Files.createTempFile("docker-put", ".tar");
        Files.write(archive, request.getBody());
        Process tar = new ProcessBuilder("tar", "-tvf", archive.toString()).redirectErrorStream(true).start();
        String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor()).as(listing).isZero();
        assertThat(listing).contains("src/\n").contains("src/app/\n").contains(" 12 ").contains("src/app/main.py");
        Files.delete(archive);
    }

    @Test
    void givenTheLifecycle_thenPauseUnpauseStatusListAndDestroyUseTheEngine() {
        engine.stubFor(get(container + "/json").inScenario("life").whenScenarioStateIs("Started")
                .willReturn(json(200, inspect("running"))));
        engine.stubFor(post(container + "/pause").inScenario("life").willReturn(aResponse().withStatus(204))
                .willSetStateTo("paused"));
        engine.stubFor(get(container + "/json").inScenario("life").whenScenarioStateIs("paused")
                .willReturn(json(200, inspect("paused"))));
        engine.stubFor(post(container + "/unpause").inScenario("life").willReturn(aResponse().withStatus(204))
                .willSetStateTo("Started"));
        engine.stubFor(get(urlPathEqualTo("/containers/json")).willReturn(json(200, "[{\"Id\":\"4f1c\",\"Names\":[\"/iiagent-"
                + session + "\"],\"Labels\":{\"ai.iiagent.managed\":\"true\",\"ai.iiagent.session\":\"" + session
                + "\"}},{\"Id\":\"99aa\",\"Labels\":{\"ai.iiagent.managed\":\"true\",\"ai.iiagent.session\":\"hand-made\"}}]")));
        engine.stubFor(delete(urlPathEqualTo(container)).willReturn(aResponse().withStatus(204)));
        engine.stubFor(delete(urlPathEqualTo("/volumes/iiagent-ws-" + session)).willReturn(aResponse().withStatus(204)));

        assertThat(sandbox.connect(session, "iiagent-" + session).status()).isEqualTo(SandboxStatus.RUNNING);
        assertThat(sandbox.pause(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(sandbox.status(session)).isEqualTo(SandboxStatus.PAUSED);
        assertThat(sandbox.resume(session)).isEqualTo(SandboxStatus.RUNNING);
        assertThat(sandbox.status(session)).isEqualTo(SandboxStatus.RUNNING);
        assertThat(sandbox.list()).containsExactly(session);
        sandbox.destroy(session);

        engine.verify(deleteRequestedFor(urlEqualTo(container + "?force=true&v=true")));
        engine.verify(deleteRequestedFor(urlEqualTo("/volumes/iiagent-ws-" + session + "?force=true")));
        assertThat(engine.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/containers/json"))).getFirst().queryParameter("filters").firstValue())
                .isEqualTo("{\"label\":[\"ai.iiagent.managed=true\"]}");
    }

    @Test
    void givenAFindListing_thenEntriesAreParsedSortedAndBounded() {
        running();
        engine.stubFor(post(container + "/exec").willReturn(json(201, "{\"Id\":\"f1\"}")));
        byte[] listing = "f\t12\tsrc/b.txt\0d\t4096\tsrc\0f\t3\ta.txt\0l\t7\tlink\0".getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[8 + listing.length];
        frame[0] = 1;
        frame[7] = (byte) listing.length;
        System.arraycopy(listing, 0, frame, 8, listing.length);
        engine.stubFor(post("/exec/f1/start").willReturn(aResponse().withStatus(200).withBody(frame)));
        engine.stubFor(get("/exec/f1/json").willReturn(json(200, "{\"Running\":false,\"ExitCode\":0}")));

        var tree = sandbox.listTree(session, "", 3, 3);

        assertThat(tree.entries()).extracting(entry -> entry.path() + ":" + entry.kind() + ":" + entry.sizeBytes())
                .containsExactly("a.txt:FILE:3", "link:SYMLINK:0", "src:DIRECTORY:0");
        assertThat(tree.truncated()).isTrue();
    }

    private void running() {
        engine.stubFor(get(container + "/json").willReturn(json(200, inspect("running"))));
    }

    private String inspect(String status) {
        return "{\"Id\":\"4f1c2b9e0d7a\",\"Name\":\"/iiagent-" + session + "\",\"State\":{\"Status\":\"" + status
                + "\",\"Running\":" + status.equals("running") + ",\"Paused\":" + status.equals("paused")
                + ",\"Pid\":4242,\"ExitCode\":0},\"Config\":{\"Image\":\"debian:bookworm-slim\",\"Labels\":{"
                + "\"ai.iiagent.managed\":\"true\"}}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static byte[] transcript(String name) {
        try (InputStream in = DockerSandboxWireTest.class.getResourceAsStream("/transcripts/docker/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
