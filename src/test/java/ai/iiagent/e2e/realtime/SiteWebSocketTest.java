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
import ai.iiagent.e2e.projects.RawUpgrade;
import ai.iiagent.e2e.projects.SitesTestProfile;
import ai.iiagent.port.out.projects.ProjectDatabaseProvisionerPort;
import ai.iiagent.port.out.projects.ProjectRepository;
import ai.iiagent.port.out.sandbox.SandboxPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import ai.iiagent.service.projects.ProjectAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deployed server app that opens a WebSocket (docs/projects.md "Deploy"): the upgrade reaches the
 * site's server in its own sandbox, by Host and under {@code /sites/<subdomain>/}; the server's 101
 * with its chosen subprotocol comes back and frames flow both ways. After undeploy the upgrade is
 * {@code 404 site_not_found}.
 */
@QuarkusTest
@TestProfile(SitesTestProfile.class)
class SiteWebSocketTest {

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    SandboxPort sandbox;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectDatabaseProvisionerPort provisioner;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "site-ws-test", Instant.now()).reservation();

    @Test
    void givenADeployedServerAppWithAWebSocket_thenTheUpgradePassesThroughByHostAndPath_untilUndeployed()
            throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "chat");
        SessionId session = new SessionId(UUID.fromString(id));
        try {
            UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                    .then().statusCode(200).extract().path("id")));
            ToolOutcome init = tools.tools().stream().filter(t -> t.spec().name().equals("fullstack_project_init"))
                    .findFirst().orElseThrow().run(new ToolInvocation(user, session, new RunId(UUID.randomUUID()),
                            "call_" + UUID.randomUUID(), Map.of("project_name", "chat", "framework", "fullstack"),
                            Map.of(), reservation));
            assertThat(init.error()).as(init.text()).isFalse();
            // The app's server: HTTP plus a WebSocket echo that answers the first subprotocol offered.
            try (InputStream server = getClass().getResourceAsStream("/projects/preview-server.py")) {
                sandbox.writeFile(session, "chat/echo-server.py", server.readAllBytes(), reservation);
            }
            sandbox.writeFile(session, "chat/start.sh", ("#!/bin/sh\ncd \"$(dirname \"$0\")\" || exit 1\n"
                    + "exec python3 -u echo-server.py \"${PORT:-3000}\"\n").getBytes(StandardCharsets.UTF_8), reservation);

            String sub = "chat-" + UUID.randomUUID().toString().substring(0, 6);
            assertThat(DeployOverSocketTest.publish(token, id, Map.of("subdomain", sub), null)).contains("deploy_completed");
            String host = sub + "." + SitesTestProfile.BASE_DOMAIN;

            RawUpgrade.Echo byHost = RawUpgrade.echo(RestAssured.port, host, "/live", "", "chat-v1", "hello");
            assertThat(byHost.head()).startsWith("HTTP/1.1 101").containsIgnoringCase("upgrade: websocket")
                    .contains("Sec-WebSocket-Protocol: chat-v1").contains("Sec-WebSocket-Accept: ");
            assertThat(byHost.text()).isEqualTo("echo:hello");

            RawUpgrade.Echo byPath = RawUpgrade.echo(RestAssured.port, "localhost", "/sites/" + sub + "/live",
                    "Cookie: app=secret\r\n", "chat-v2, chat-v1", "under the path");
            assertThat(byPath.head()).startsWith("HTTP/1.1 101").contains("Sec-WebSocket-Protocol: chat-v2");
            assertThat(byPath.text()).isEqualTo("echo:under the path");

            String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                    .extract().path("id");
            given().header("Authorization", "Bearer " + token).delete("/v1/project/" + projectId + "/deployment").then()
                    .statusCode(200);
            RawUpgrade.Echo gone = RawUpgrade.echo(RestAssured.port, host, "/live", "", "chat-v1", "hello");
            assertThat(gone.head()).startsWith("HTTP/1.1 404");
            assertThat(gone.text()).isNull();
        } finally {
            projects.findBySession(session).flatMap(p -> p.optionalDatabase())
                    .ifPresent(db -> provisioner.drop(access.login(db)));
        }
    }
}
