package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.e2e.projects.SitesTestProfile;
import ai.iiagent.port.out.projects.DatabaseLogin;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.sandbox.SandboxPreviewPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.projects.ProjectAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Isolation proved by connection attempts, not by looking at interfaces (issue 21 "Done when"): a
 * server the agent runs in the session's sandbox (reached through the preview relay) and the same
 * server deployed as a full-stack site (reached by its subdomain) each try to connect to the app's
 * HTTP port, PostgreSQL and Redis on the host's loopback, PostgreSQL's own Unix socket, a listener on
 * the host's non-loopback address, another project's database through the database bridge and
 * directly with its real password — every attempt fails — while the project's own database through
 * the bridge answers as the project's role. Each refused target is first reached from the host, so a
 * refusal means the sandbox, not an absent service.
 */
@QuarkusTest
@TestProfile(SitesTestProfile.class)
class SiteNetworkReachTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    SandboxPort sandbox;

    @Inject
    SandboxPreviewPort previews;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectDatabaseProvisionerPort provisioner;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "site-reach-test", Instant.now()).reservation();

    @Test
    void givenAPreviewAndADeployedSite_whenTheyTryToReachOut_thenOnlyTheirOwnDatabaseAnswers() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "probe");
        SessionId session = new SessionId(UUID.fromString(id));
        String otherToken = newAccessToken();
        SessionId other = new SessionId(UUID.fromString(newSession(otherToken, "other")));
        List<DatabaseLogin> toDrop = new ArrayList<>();
        try (ServerSocket anyAddress = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            assertThat(run(token, session, "fullstack_project_init", Map.of("project_name", "probe",
                    "framework", "fullstack")).error()).isFalse();
            assertThat(run(otherToken, other, "fullstack_project_init", Map.of("project_name", "other",
                    "framework", "static", "database", "postgres")).error()).isFalse();
            DatabaseLogin mine = access.login(projects.findBySession(session).orElseThrow().database());
            DatabaseLogin theirs = access.login(projects.findBySession(other).orElseThrow().database());
            toDrop.add(mine);
            toDrop.add(theirs);
            try (InputStream server = getClass().getResourceAsStream("/projects/probe-server.py")) {
                sandbox.writeFile(session, "probe/probe-server.py", server.readAllBytes(), reservation);
            }
            sandbox.writeFile(session, "probe/start.sh", ("#!/bin/sh\ncd \"$(dirname \"$0\")\" || exit 1\n"
                    + "echo $$ > .server.pid\nexec python3 -u probe-server.py\n").getBytes(StandardCharsets.UTF_8),
                    reservation);

            Map<String, String> refused = targets(anyAddress.getLocalPort(), theirs);
            for (Map.Entry<String, String> target : refused.entrySet()) {
                if (target.getValue().startsWith("/tcp")) { // reachable from the host: refusals below mean isolation
                    assertThat(reachableFromHost(target.getValue())).as(target.getKey()).isTrue();
                }
            }

            // The preview: the probe runs as the session's dev server, asked through the preview relay.
            ToolOutcome restarted = run(token, session, "restart_fullstack_servers", Map.of());
            assertThat(restarted.display()).as(restarted.text()).containsEntry("running", true);
            InetSocketAddress relay = previews.relay(session, 3000);
            assertIsolated("preview", path -> get(relay.getPort(), "127.0.0.1", path), refused, mine);

            // The deployed copy: its own sandbox, asked by its subdomain.
            String sub = "probe-" + UUID.randomUUID().toString().substring(0, 6);
            assertThat(DeployOverSocketTest.publish(token, id, Map.of("subdomain", sub), null)).contains("deploy_completed");
            String host = sub + "." + SitesTestProfile.BASE_DOMAIN;
            assertIsolated("site", path -> get(RestAssured.port, host, path), refused, mine);

            String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                    .extract().path("id");
            given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(200);
        } finally {
            toDrop.forEach(provisioner::drop);
        }
    }

    // What neither may reach, by name: probe paths of probe-server.py.
    private static Map<String, String> targets(int anyAddressPort, DatabaseLogin theirs) throws IOException {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("the app's HTTP port", tcp("127.0.0.1", RestAssured.port));
        refused.put("PostgreSQL on loopback", tcp("127.0.0.1", 5432));
        refused.put("Redis on loopback", tcp("127.0.0.1", 6379));
        refused.put("Redis on ::1", tcp("::1", 6379));
        refused.put("a host listener on loopback", tcp("127.0.0.1", anyAddressPort));
        List<InetAddress> external = NetworkInterface.networkInterfaces().filter(SiteNetworkReachTest::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
        assertThat(external).as("the host has a non-loopback address to aim at").isNotEmpty();
        for (InetAddress address : external) {
            refused.put("a host listener on " + address.getHostAddress(), tcp(address.getHostAddress(), anyAddressPort));
        }
        refused.put("PostgreSQL's Unix socket", "/unix?path=" + encode("/var/run/postgresql/.s.PGSQL.5432"));
        refused.put("another project's database through the bridge", db("postgresql://" + theirs.role() + ":"
                + theirs.password() + "@localhost/" + theirs.database() + "?host=%2Fworkspace"));
        refused.put("the admin login through the bridge", db("postgresql://postgres@localhost/postgres?host=%2Fworkspace"));
        refused.put("another project's database directly", db("postgresql://" + theirs.role() + ":" + theirs.password()
                + "@127.0.0.1:5432/" + theirs.database()));
        return refused;
    }

    private static void assertIsolated(String who, Function<String, JsonNode> probe, Map<String, String> refused,
                                       DatabaseLogin mine) {
        JsonNode own = probe.apply("/db?url=own");
        assertThat(own.path("reached").asBoolean()).as(who + " reaches its own database: " + own).isTrue();
        assertThat(own.path("detail").asText()).isEqualTo(mine.role() + "@" + mine.database());
        refused.forEach((name, path) -> {
            JsonNode answer = probe.apply(path);
            assertThat(answer.has("reached")).as(who + ", " + name + ": " + answer).isTrue();
            assertThat(answer.path("reached").asBoolean()).as(who + " reached " + name + ": " + answer).isFalse();
        });
    }

    private static boolean reachableFromHost(String tcpPath) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : tcpPath.substring(tcpPath.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(query.get("host"), Integer.parseInt(query.get("port"))), 3_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static String tcp(String host, int port) {
        return "/tcp?host=" + encode(host) + "&port=" + port;
    }

    private static String db(String url) {
        return "/db?url=" + encode(url);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // A raw HTTP/1.1 GET to the app (by Host) or to the preview relay, answered as the probe's JSON.
    private static JsonNode get(int port, String host, String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as(path).startsWith("HTTP/1.");
            assertThat(answer.split(" ", 3)[1]).as(answer).isEqualTo("200");
            return JSON.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1)); // chunked or not
        } catch (IOException e) {
            throw new AssertionError("probe " + path + " through " + host + ":" + port + " failed", e);
        }
    }

    private ToolOutcome run(String token, SessionId session, String tool, Map<String, Object> arguments)
            throws Exception {
        UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
        return tools.tools().stream().filter(t -> t.spec().name().equals(tool)).findFirst().orElseThrow()
                .run(new ToolInvocation(user, session, new RunId(UUID.randomUUID()), "call_" + UUID.randomUUID(),
                        arguments, Map.of(), reservation));
    }
}
