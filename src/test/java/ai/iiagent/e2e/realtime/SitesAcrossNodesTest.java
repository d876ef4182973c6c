package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.DeployOverSocketTest.http;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ai.iiagent.bootstrap.wiring.ProjectsWiring;
import ai.iiagent.domain.credits.BillingSubject;
import ai.iiagent.domain.credits.CreditAccount;
import ai.iiagent.domain.credits.CreditReservation;
import ai.iiagent.domain.credits.Credits;
import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentId;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.sessions.SessionId;
import ai.iiagent.domain.tasks.RunId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.e2e.projects.ScaleOutSitesTestProfile;
import ai.iiagent.e2e.projects.SitesTestProfile;
import ai.iiagent.port.out.projects.DeploymentRepository;
import ai.iiagent.port.out.projects.SiteNodesPort;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Sites on several nodes (docs/operations.md "Scale-out"): a node records itself as serving what it
 * deployed (table {@code site_nodes}); a node without the site's copy passes the request, as it came,
 * to the node recorded for it — here a stand-in for node B listening on this host — marked so that
 * it is passed on at most once; a site recorded for this node itself but absent here is a 404, not a loop.
 */
@QuarkusTest
@TestProfile(ScaleOutSitesTestProfile.class)
class SitesAcrossNodesTest {

    @Inject
    ProjectsWiring.ProjectTools tools;

    @Inject
    DeploymentRepository deployments;

    @Inject
    SiteNodesPort nodes;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "scale-out-test", Instant.now()).reservation();

    /** One request as node B saw it. */
    private record Seen(String method, String uri, String host, String hop, String cookie, String body) {
    }

    @Test
    void givenADeployment_whenPublishedHere_thenThisNodeIsRecordedAsServingIt_untilUndeployed() throws Exception {
        String token = newAccessToken();
        String id = newSession(token, "here");
        Site site = staticProject(token, id, "here");
        assertThat(DeployOverSocketTest.publish(token, id, Map.of("subdomain", site.subdomain()), null))
                .contains("deploy_completed");
        DeploymentId deployment = deployments.live(site.project()).orElseThrow().id();
        assertThat(nodes.nodeOf(deployment)).contains(URI.create(ScaleOutSitesTestProfile.THIS_NODE));
        assertThat(http(site.subdomain() + "." + SitesTestProfile.BASE_DOMAIN, "GET / HTTP/1.1", ""))
                .startsWith("HTTP/1.1 200"); // served from this node's copy, not passed anywhere
        given().header("Authorization", "Bearer " + token).delete("/v1/project/" + site.project() + "/deployment")
                .then().statusCode(200);
        assertThat(nodes.nodeOf(deployment)).isEmpty();
    }

    @Test
    void givenASiteLiveOnAnotherNode_whenAskedHere_thenTheRequestIsPassedToThatNodeOnce() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        HttpServer nodeB = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        nodeB.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Host"), exchange.getRequestHeaders().getFirst("X-IIAgent-Site-Hop"),
                    exchange.getRequestHeaders().getFirst("Cookie"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "served by node B".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.getResponseHeaders().add("X-Served-By", "node-b");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        nodeB.start();
        try {
            String token = newAccessToken();
            Site site = staticProject(token, newSession(token, "elsewhere"), "elsewhere");
            String host = site.subdomain() + "." + SitesTestProfile.BASE_DOMAIN;
            DeploymentId deployment = liveElsewhere(token, site, URI.create("http://127.0.0.1:"
                    + nodeB.getAddress().getPort()));

            String byHost = http(host, "POST /api/items?x=1 HTTP/1.1\r\nCookie: s=1\r\nContent-Length: 5", "hello");
            assertThat(byHost).startsWith("HTTP/1.1 201").containsIgnoringCase("X-Served-By: node-b").endsWith("served by node B");
            assertThat(seen).containsExactly(new Seen("POST", "/api/items?x=1", host, "1", "s=1", "hello"));

            seen.clear();
            String underPath = http("localhost", "GET /sites/" + site.subdomain() + "/style.css HTTP/1.1", "");
            assertThat(underPath).startsWith("HTTP/1.1 201").endsWith("served by node B");
            assertThat(seen).containsExactly(new Seen("GET", "/sites/" + site.subdomain() + "/style.css", "localhost",
                    "1", null, ""));

            // Already passed on once: never again (a wrong record cannot make two nodes bounce a request).
            seen.clear();
            assertThat(http(host, "GET / HTTP/1.1\r\nX-IIAgent-Site-Hop: 1", "")).startsWith("HTTP/1.1 404")
                    .contains("site_not_found");
            assertThat(seen).isEmpty();

            // Recorded for this very node but not here (its copy lost): 404, not a request to itself.
            nodes.register(deployment, URI.create(ScaleOutSitesTestProfile.THIS_NODE + "/"));
            assertThat(http(host, "GET / HTTP/1.1", "")).startsWith("HTTP/1.1 404").contains("site_not_found");
            assertThat(seen).isEmpty();

            // Node B gone: a 502 problem, not a hang.
            nodes.register(deployment, URI.create("http://127.0.0.1:" + nodeB.getAddress().getPort()));
            nodeB.stop(0);
            assertThat(http(host, "GET / HTTP/1.1", "")).startsWith("HTTP/1.1 502");
        } finally {
            nodeB.stop(0);
        }
    }

    private record Site(ProjectId project, String subdomain, UserId owner) {
    }

    // A static project made by the tool, with a claimed name.
    private Site staticProject(String token, String session, String name) throws Exception {
        UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
        ToolOutcome init = tools.tools().stream().filter(t -> t.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(new ToolInvocation(user, new SessionId(UUID.fromString(session)),
                        new RunId(UUID.randomUUID()), "call_" + UUID.randomUUID(), Map.of("project_name", name,
                        "framework", "static"), Map.of(), reservation));
        assertThat(init.error()).as(init.text()).isFalse();
        ProjectId project = new ProjectId(UUID.fromString(given().header("Authorization", "Bearer " + token)
                .get("/v1/project/" + session).then().statusCode(200).extract().path("id")));
        String subdomain = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("project_id", project.toString(), "subdomain", subdomain))
                .post("/v1/project/subdomains/claim").then().statusCode(200);
        return new Site(project, subdomain, user);
    }

    // What node B would have recorded after deploying the site there: a live embedded deployment served by it.
    private DeploymentId liveElsewhere(String token, Site site, URI node) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Deployment live = Deployment.start(site.project(), site.owner(), DeployTarget.EMBEDDED, site.subdomain(), now)
                .deployed("http://" + site.subdomain() + "." + SitesTestProfile.BASE_DOMAIN + "/", now);
        deployments.insert(live);
        nodes.register(live.id(), node);
        return live.id();
    }
}
