package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ai.iiagent.bootstrap.wiring.DeploymentsWiring;
import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.e2e.projects.SitesTestProfile;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.sandbox.CommandRequest;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxShellPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.projects.ProjectAccess;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Deploying a project end to end with the offline model, the real bubblewrap sandbox and the test
 * PostgreSQL: {@code website_build} scaffolds the full-stack template, the socket's {@code publish}
 * deploys it to the app itself (an event per phase), the site answers at its subdomain (Host header)
 * and under {@code /sites/}, with its database, after the session's sandbox is paused and its dev
 * server stopped; its server runs isolated (loopback only, unprivileged), is restarted when killed,
 * and undeploy stops it. Strangers get 404 on every id-taking route and {@code session_not_found} on
 * the socket commands; bad input is refused with codes. A static site is served from its copied
 * files, never through a link that leaves them.
 */
@QuarkusTest
@TestProfile(SitesTestProfile.class)
class DeployOverSocketTest {

    private static final Duration BUILD = Duration.ofSeconds(120);
    private static final Duration DEPLOY = Duration.ofSeconds(90);

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectDatabaseProvisionerPort provisioner;

    @Inject
    SandboxPort sandbox;

    @Inject
    SandboxShellPort shells;

    @Inject
    DeploymentsWiring.EmbeddedSites sites;

    @Inject
    ProjectsWiring.ProjectTools tools;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "deploy-test", Instant.now()).reservation();

    @Test
    void givenAFullStackBuild_whenPublished_thenItAnswersAtItsSubdomainWhileTheSandboxIsPaused_untilUndeployed()
            throws Exception {
        String token = newAccessToken();
        String stranger = newAccessToken();
        String id = newSession(token, "website");
        SessionId session = new SessionId(UUID.fromString(id));
        try {
            runWebsiteBuild(token, id, "build site: shop");
            String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                    .statusCode(200).extract().path("id");
            String sub = "shop-" + UUID.randomUUID().toString().substring(0, 6);
            String host = sub + "." + SitesTestProfile.BASE_DOMAIN;

            // A stranger cannot publish the owner's session; nothing is deployed.
            assertThat(publishRefused(stranger, id, "publish", Map.of("subdomain", sub)).path("error_code").asText())
                    .isEqualTo("session_not_found");
            given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(404).body("code", equalTo("deployment_not_found"));

            long started = System.nanoTime();
            List<String> statuses = publish(token, id, Map.of("subdomain", sub), null);
            assertThat(statuses).containsSubsequence("deploy_pending", "deploy_prepare", "deploy_package", "deploy_start",
                    "deploy_verify", "deploy_route", "deploy_completed");
            long firstOk = awaitOk(host, "/");
            System.out.printf("publish-to-first-200 fullstack: %d ms%n", (firstOk - started) / 1_000_000);

            JsonPath deployment = given().header("Authorization", "Bearer " + token)
                    .get("/v1/project/" + projectId + "/deployment").then().statusCode(200).extract().jsonPath();
            assertThat(deployment.getString("deployment_status")).isEqualTo("deployed");
            assertThat(deployment.getString("target")).isEqualTo("embedded");
            assertThat(deployment.getString("deployment_url")).isEqualTo("http://" + host + "/");
            assertThat(deployment.getList("phases.phase", String.class))
                    .containsExactly("prepare", "package", "start", "verify", "route");
            assertThat(deployment.getList("phases.finished_at", String.class)).doesNotContainNull();
            assertThat(deployment.getLong("deploy_duration_ms")).isPositive();
            assertThat(deployment.getString("failed_phase")).isNull();
            DeploymentId deploymentId = new DeploymentId(UUID.fromString(deployment.getString("id")));

            // The session's dev server stopped and its sandbox paused: the deployed copy keeps answering.
            shells.closeAll(session);
            sandbox.pause(session);
            String page = http(host, "GET / HTTP/1.1", "");
            assertThat(page).startsWith("HTTP/1.1 200").contains("<h1>shop</h1>");
            assertThat(http(host, "GET /api/health HTTP/1.1", "")).contains("\"database\": true");
            String body = "{\"title\": \"deployed item\"}";
            assertThat(http(host, "POST /api/items HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length(), body)).startsWith("HTTP/1.1 201").contains("deployed item");
            String underPath = http("localhost", "GET /sites/" + sub + "/api/items HTTP/1.1", "");
            assertThat(underPath).startsWith("HTTP/1.1 200").contains("deployed item")
                    .containsIgnoringCase("content-security-policy: sandbox");
            assertThat(http("localhost", "GET /sites/" + sub + " HTTP/1.1", "")).startsWith("HTTP/1.1 308");
            assertThat(http("nothing-here." + SitesTestProfile.BASE_DOMAIN, "GET / HTTP/1.1", ""))
                    .startsWith("HTTP/1.1 404").contains("site_not_found");
            assertThat(http("localhost", "GET /sites/nothing-here/ HTTP/1.1", "")).startsWith("HTTP/1.1 404");

            // The site's server runs in a sandbox of its own: only loopback, no route, an unprivileged uid.
            List<Long> pids = sitePids(deploymentId);
            assertThat(pids).isNotEmpty();
            for (long pid : pids) {
                List<String> interfaces = Files.readAllLines(Path.of("/proc", "" + pid, "net", "dev")).stream()
                        .skip(2).map(line -> line.strip().split(":")[0]).toList();
                assertThat(interfaces).containsExactly("lo");
                assertThat(Files.readAllLines(Path.of("/proc", "" + pid, "net", "route"))).hasSizeLessThanOrEqualTo(1);
                String uid = Files.readAllLines(Path.of("/proc", "" + pid, "status")).stream()
                        .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
                assertThat(Long.parseLong(uid)).isGreaterThanOrEqualTo(1000);
            }

            // Supervised: the server killed, it is started again and answers.
            pids.stream().filter(pid -> cmdline(pid).contains("server.py")).forEach(pid ->
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            awaitRestart(deploymentId);
            awaitOk(host, "/api/health");

            // Another user: 404 on the deployment and the subdomain, in both directions.
            for (String method : List.of("GET", "DELETE")) {
                given().header("Authorization", "Bearer " + stranger).request(method, "/v1/project/" + projectId
                        + "/deployment").then().statusCode(404).body("code", equalTo("project_not_found"));
                given().header("Authorization", "Bearer " + stranger).request(method, "/v1/project/subdomains/" + sub)
                        .then().statusCode(404).body("code", equalTo("subdomain_not_found"));
            }
            given().header("Authorization", "Bearer " + token).get("/v1/project/not-a-uuid/deployment").then()
                    .statusCode(404).body("code", equalTo("project_not_found"));
            given().get("/v1/project/" + projectId + "/deployment").then().statusCode(401);
            given().header("Authorization", "Bearer " + token).get("/v1/project/subdomains/" + sub).then()
                    .statusCode(200).body("url", equalTo("http://" + host + "/"));

            // Undeploy: the server stops, the site is gone, the record says stopped.
            given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(200).body("deployment_status", equalTo("stopped"));
            assertThat(http(host, "GET / HTTP/1.1", "")).startsWith("HTTP/1.1 404").contains("site_not_found");
            awaitGone(deploymentId);
            given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(404).body("code", equalTo("deployment_not_found"));
            given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(200).body("deployment_status", equalTo("stopped"));
        } finally {
            projects.findBySession(session).flatMap(p -> p.optionalDatabase())
                    .ifPresent(db -> provisioner.drop(access.login(db)));
        }
    }

    @Test
    void givenAStaticSite_whenPublished_thenItsFilesAreServed_neverThroughALinkOut_andBadCommandsAreRefused()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "blog");
        SessionId session = new SessionId(UUID.fromString(id));
        ToolOutcome init = tools.tools().stream().filter(t -> t.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(invocation(token, session, Map.of("project_name", "blog",
                        "framework", "static")));
        assertThat(init.error()).as(init.text()).isFalse();
        assertThat(sandbox.run(session, new CommandRequest("ln -s /etc/passwd blog/public/leak.txt && mkdir -p"
                + " blog/public/sub && ln -s /etc blog/public/sub/etc", Duration.ofSeconds(20), 4_000), reservation)
                .exitCode()).isZero();

        // Bad input: each refused with its code, nothing deployed.
        assertThat(publishRefused(token, id, "publish", Map.of("subdomain", "admin")).path("code").asText())
                .isEqualTo("subdomain_reserved");
        assertThat(publishRefused(token, id, "publish", Map.of("subdomain", "-x-")).path("code").asText())
                .isEqualTo("invalid_subdomain");
        assertThat(publishRefused(token, id, "publish", Map.of("target", "mars")).path("code").asText())
                .isEqualTo("invalid_deploy_target");
        assertThat(publishRefused(token, id, "publish", Map.of("subdomain", 42)).path("error_code").asText())
                .isEqualTo("validation_error");
        assertThat(publishRefused(token, id, "publish_cloud_run", Map.of()).path("code").asText())
                .isEqualTo("deploy_target_unavailable");

        long started = System.nanoTime();
        List<String> statuses = publish(token, id, Map.of(), null);
        assertThat(statuses).contains("deploy_completed");
        String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                .extract().path("id");
        String sub = given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId + "/deployment")
                .then().statusCode(200).extract().path("subdomain");
        assertThat(sub).startsWith("blog-");
        String host = sub + "." + SitesTestProfile.BASE_DOMAIN;
        long firstOk = awaitOk(host, "/");
        System.out.printf("publish-to-first-200 static: %d ms%n", (firstOk - started) / 1_000_000);

        sandbox.pause(session);
        assertThat(http(host, "GET / HTTP/1.1", "")).startsWith("HTTP/1.1 200").containsIgnoringCase("text/html");
        assertThat(http(host, "GET /style.css HTTP/1.1", "")).startsWith("HTTP/1.1 200").containsIgnoringCase("text/css");
        assertThat(http("localhost", "GET /sites/" + sub + "/ HTTP/1.1", "")).startsWith("HTTP/1.1 200")
                .containsIgnoringCase("content-security-policy: sandbox");
        for (String escape : List.of("/leak.txt", "/sub/etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2f..%2fetc/passwd")) {
            String answer = http(host, "GET " + escape + " HTTP/1.1", "");
            assertThat(answer).as(escape).doesNotContain("root:x:0:0");
            assertThat(answer).as(escape).matches("(?s)HTTP/1.1 (404|400).*");
        }
        assertThat(http(host, "POST / HTTP/1.1\r\nContent-Length: 0", "")).startsWith("HTTP/1.1 405");

        // Publishing again replaces the live deployment: one live at a time, the old one stopped.
        String first = given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId
                + "/deployment").then().extract().path("id");
        assertThat(publish(token, id, Map.of(), first)).contains("deploy_completed");
        awaitOk(host, "/");
        given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                .statusCode(200);
        assertThat(http(host, "GET / HTTP/1.1", "")).startsWith("HTTP/1.1 404");
    }

    @Test
    void givenASiteWithoutBuiltOutput_whenPublished_thenTheDeploymentFailsInItsPhase_andIsRecordedWithWhy()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "broken");
        SessionId session = new SessionId(UUID.fromString(id));
        ToolOutcome init = tools.tools().stream().filter(t -> t.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(invocation(token, session, Map.of("project_name", "broken",
                        "framework", "static")));
        assertThat(init.error()).as(init.text()).isFalse();
        assertThat(sandbox.run(session, new CommandRequest("rm broken/public/index.html", Duration.ofSeconds(20), 4_000),
                reservation).exitCode()).isZero();

        JsonNode failed = publishUntil(token, id, Map.of("subdomain", "broken-" + UUID.randomUUID().toString()
                .substring(0, 6)), "deploy_failed");
        assertThat(failed.path("deployment").path("failed_phase").asText()).isEqualTo("start");
        String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                .extract().path("id");
        JsonPath recorded = given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId
                + "/deployment").then().statusCode(200).extract().jsonPath();
        assertThat(recorded.getString("deployment_status")).isEqualTo("failed");
        assertThat(recorded.getString("failed_phase")).isEqualTo("start");
        assertThat(recorded.getString("error_message")).contains("index.html");
        assertThat(recorded.getList("phases.phase", String.class)).containsExactly("prepare", "package", "start");
        assertThat(recorded.getString("phases[2].error")).contains("index.html");
        assertThat(http(recorded.getString("subdomain") + "." + SitesTestProfile.BASE_DOMAIN, "GET / HTTP/1.1", ""))
                .startsWith("HTTP/1.1 404");
        given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                .statusCode(404).body("code", equalTo("deployment_not_found"));
    }

    /** Sends a publish command and answers the content of the first deploy event with {@code status}. */
    private static JsonNode publishUntil(String token, String id, Map<String, Object> fields, String status)
            throws InterruptedException {
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>(fields);
            content.put("command", "publish");
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
            while (true) {
                JsonNode update = event(client.await(named("agent.status.update"), DEPLOY)).path("content");
                if (update.path("status").asText().equals(status)) {
                    return update;
                }
            }
        }
    }

    /**
     * Sends a publish command and answers the deploy statuses told until it completed or failed
     * (events of the deployment {@code earlier}, replayed on joining, are skipped).
     */
    static List<String> publish(String token, String id, Map<String, Object> fields, String earlier)
            throws InterruptedException {
        List<String> statuses = new ArrayList<>();
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>(fields);
            content.put("command", "publish");
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
            while (true) {
                JsonNode update = event(client.await(named("agent.status.update"), DEPLOY)).path("content");
                String status = update.path("status").asText();
                if (!status.startsWith("deploy_") || update.path("deployment").path("id").asText().equals(earlier)) {
                    continue;
                }
                statuses.add(status);
                if (status.equals("deploy_completed")) {
                    return statuses;
                }
                assertThat(status).as(update.toString()).isNotEqualTo("deploy_failed");
            }
        }
    }

    private static JsonNode publishRefused(String token, String id, String command, Map<String, Object> fields)
            throws InterruptedException {
        try (SocketClient client = nativeClient(token)) {
            Map<String, Object> content = new LinkedHashMap<>(fields);
            content.put("command", command);
            client.send(Map.of("type", "chat_message", "data", Map.of("session_uuid", id, "content", content)));
            return event(client.await(named("system.error"), Realtime.WAIT)).path("content");
        }
    }

    private static void runWebsiteBuild(String token, String id, String text) throws InterruptedException {
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("command", "query");
            content.put("text", text);
            content.put("agent_type", "website_build");
            content.put("auto_approve", true);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
            JsonNode result = event(client.await(named("agent.tool.result"), BUILD)).path("content");
            assertThat(result.path("is_error").asBoolean()).as(result.toString()).isFalse();
            client.await(named("agent.complete"), BUILD);
        }
    }

    private ToolInvocation invocation(String token, SessionId session, Map<String, Object> arguments) {
        UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
        return new ToolInvocation(user, session, new RunId(UUID.randomUUID()), "call_" + UUID.randomUUID(), arguments,
                Map.of(), reservation);
    }

    private static long awaitOk(String host, String path) throws Exception {
        long deadline = System.nanoTime() + DEPLOY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = http(host, "GET " + path + " HTTP/1.1", "");
            if (last.startsWith("HTTP/1.1 200")) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no 200 from " + host + path + ": " + last);
    }

    private void awaitRestart(DeploymentId deployment) throws InterruptedException {
        long deadline = System.nanoTime() + DEPLOY.toNanos();
        while (sites.local().orElseThrow().restarts(deployment) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sites.local().orElseThrow().restarts(deployment)).isGreaterThanOrEqualTo(1);
    }

    private static void awaitGone(DeploymentId deployment) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!sitePids(deployment).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sitePids(deployment)).isEmpty();
    }

    // Processes whose /workspace is this deployment's site sandbox.
    private static List<Long> sitePids(DeploymentId deployment) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> {
                        try {
                            return Files.readAllLines(Path.of("/proc", "" + pid, "mountinfo")).stream()
                                    .map(line -> line.split(" ")).anyMatch(f -> f.length > 4
                                            && "/workspace".equals(f[4]) && f[3].endsWith("/" + deployment));
                        } catch (IOException | RuntimeException gone) {
                            return false;
                        }
                    }).toList();
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", "" + pid, "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }

    // A raw HTTP/1.1 exchange with the app's port, with the Host header a browser would send.
    static String http(String host, String startAndHeaders, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            String head = startAndHeaders + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
