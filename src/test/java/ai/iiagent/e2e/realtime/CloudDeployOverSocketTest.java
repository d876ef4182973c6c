package ai.iiagent.e2e.realtime;

import static ai.iiagent.e2e.realtime.Realtime.event;
import static ai.iiagent.e2e.realtime.Realtime.join;
import static ai.iiagent.e2e.realtime.Realtime.named;
import static ai.iiagent.e2e.realtime.Realtime.nativeClient;
import static ai.iiagent.e2e.realtime.Realtime.newAccessToken;
import static ai.iiagent.e2e.realtime.Realtime.newSession;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import ai.iiagent.e2e.projects.CloudDeployStandIn;
import ai.iiagent.e2e.projects.CloudDeployTestProfile;
import ai.iiagent.port.out.tools.ToolInvocation;
import ai.iiagent.port.out.tools.ToolOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Publishing to the cloud targets end to end (the app configured for Vercel, Cloud Run and the
 * Cloudflare KV registry, all on {@link CloudDeployStandIn}): a static project built in the real
 * sandbox is uploaded to Vercel with its real files, {@code publish_cloud_run} rolls out a service,
 * both with the same phase events as the embedded {@code publish}; the claim is mirrored into KV;
 * a provider's refusal is recorded with the failing phase and its stable {@code error_code}; no
 * provider token reaches the log.
 */
@QuarkusTest
@TestProfile(CloudDeployTestProfile.class)
class CloudDeployOverSocketTest {

    private static final Duration DEPLOY = Duration.ofSeconds(60);
    private static final List<String> PHASES = List.of("deploy_pending", "deploy_prepare", "deploy_package",
            "deploy_start", "deploy_verify", "deploy_route", "deploy_completed");

    @Inject
    ProjectsWiring.ProjectTools tools;

    private final CreditReservation reservation = CreditAccount.open(UserId.random())
            .reserve(Credits.ZERO, 0, BillingSubject.NONE, "cloud-deploy-test", Instant.now()).reservation();

    @Test
    void givenAStaticSite_whenPublishedToVercelAndCloudRun_thenBothReportEveryPhaseAndTheirUrls() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = capture(logged);
        Logger adapters = Logger.getLogger("ai.iiagent.adapter.integrations.projects");
        adapters.addHandler(capture);
        try {
            String token = newAccessToken();
            String id = staticProject(token, "shop");
            String sub = "shop-" + UUID.randomUUID().toString().substring(0, 6);

            List<JsonNode> vercel = publish(token, id, "publish", Map.of("target", "vercel", "subdomain", sub));
            assertThat(statuses(vercel)).containsExactlyElementsOf(PHASES);
            assertThat(vercel.getLast().path("deployment").path("deployment_url").asText())
                    .isEqualTo("https://shop-3f2a1c.vercel.app");
            assertThat(vercel.getLast().path("deployment").path("target").asText()).isEqualTo("vercel");

            LoggedRequest upload = CloudDeployStandIn.server.findAll(postRequestedFor(urlPathEqualTo("/v13/deployments"))
                    .withRequestBody(containing(sub))).getFirst();
            assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer " + CloudDeployStandIn.VERCEL_TOKEN);
            JsonNode files = new com.fasterxml.jackson.databind.ObjectMapper().readTree(upload.getBodyAsString()).path("files");
            Map<String, String> uploaded = new LinkedHashMap<>();
            files.forEach(f -> uploaded.put(f.path("file").asText(), new String(Base64.getDecoder()
                    .decode(f.path("data").asText()), StandardCharsets.UTF_8)));
            assertThat(uploaded).as("the template's public/ as built in the sandbox").containsKeys("index.html", "style.css")
                    .doesNotContainKey(".env");
            assertThat(uploaded.get("index.html")).containsIgnoringCase("<html");
            CloudDeployStandIn.server.verify(putRequestedFor(urlEqualTo("/client/v4/accounts/acc-e2e/storage/kv/namespaces/"
                    + "ns-e2e/values/" + sub)).withHeader("Authorization", equalTo("Bearer "
                    + CloudDeployStandIn.CLOUDFLARE_TOKEN)).withRequestBody(containing("\"project_id\"")));

            List<JsonNode> cloudRun = publish(token, id, "publish_cloud_run", Map.of(),
                    vercel.getLast().path("deployment").path("id").asText());
            assertThat(statuses(cloudRun)).containsExactlyElementsOf(PHASES);
            assertThat(cloudRun.getLast().path("deployment").path("deployment_url").asText())
                    .isEqualTo("https://shop-3f2a1c-5kq2xz7yqa-ew.a.run.app");
            assertThat(cloudRun.getLast().path("deployment").path("subdomain").asText()).as("the project's claim kept")
                    .isEqualTo(sub);
            CloudDeployStandIn.server.verify(postRequestedFor(urlEqualTo(CloudDeployStandIn.PARENT + "/services?serviceId="
                    + sub)).withHeader("Authorization", equalTo("Bearer " + CloudDeployStandIn.GOOGLE_ACCESS_TOKEN)));
            CloudDeployStandIn.server.verify(deleteRequestedFor(urlPathEqualTo("/v13/deployments/shop-3f2a1c.vercel.app")));

            String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                    .extract().path("id");
            JsonPath recorded = given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId
                    + "/deployment").then().statusCode(200).extract().jsonPath();
            assertThat(recorded.getString("target")).isEqualTo("cloud_run");
            assertThat(recorded.getString("deployment_status")).isEqualTo("deployed");
            assertThat(recorded.getList("phases.phase", String.class)).containsExactly("prepare", "package", "start",
                    "verify", "route");
            assertThat(given().header("Authorization", "Bearer " + token).get("/v1/project/subdomains/base-domain/info")
                    .then().statusCode(200).extract().<String>path("registry")).isEqualTo("cloudflare_kv");
        } finally {
            adapters.removeHandler(capture);
        }
        assertThat(String.join("\n", logged)).doesNotContain(CloudDeployStandIn.VERCEL_TOKEN)
                .doesNotContain(CloudDeployStandIn.CLOUDFLARE_TOKEN).doesNotContain(CloudDeployStandIn.GOOGLE_ACCESS_TOKEN);
    }

    @Test
    void givenAProviderThatRefuses_whenPublished_thenTheFailingPhaseAndAStableCodeAreRecorded() throws Exception {
        String token = newAccessToken();
        String id = staticProject(token, "refused");
        String sub = "refused-" + UUID.randomUUID().toString().substring(0, 6);

        List<JsonNode> events = publish(token, id, "publish", Map.of("target", "vercel", "subdomain", sub));

        JsonNode failed = events.getLast();
        assertThat(failed.path("status").asText()).isEqualTo("deploy_failed");
        assertThat(failed.path("deployment").path("failed_phase").asText()).isEqualTo("start");
        assertThat(failed.path("deployment").path("error_code").asText()).isEqualTo("deploy_provider_rejected");
        String projectId = given().header("Authorization", "Bearer " + token).get("/v1/project/" + id).then()
                .extract().path("id");
        JsonPath recorded = given().header("Authorization", "Bearer " + token).get("/v1/project/" + projectId
                + "/deployment").then().statusCode(200).extract().jsonPath();
        assertThat(recorded.getString("deployment_status")).isEqualTo("failed");
        assertThat(recorded.getString("failed_phase")).isEqualTo("start");
        assertThat(recorded.getString("error_code")).isEqualTo("deploy_provider_rejected");
        assertThat(recorded.getString("error_message")).contains("403", "forbidden")
                .doesNotContain(CloudDeployStandIn.VERCEL_TOKEN);
        assertThat(recorded.getList("phases.phase", String.class)).containsExactly("prepare", "package", "start");
    }

    private String staticProject(String token, String name) throws Exception {
        String id = newSession(token, name);
        SessionId session = new SessionId(UUID.fromString(id));
        UserId user = new UserId(UUID.fromString(given().header("Authorization", "Bearer " + token).get("/auth/me")
                .then().statusCode(200).extract().path("id")));
        ToolOutcome init = tools.tools().stream().filter(t -> t.spec().name().equals("fullstack_project_init"))
                .findFirst().orElseThrow().run(new ToolInvocation(user, session, new RunId(UUID.randomUUID()),
                        "call_" + UUID.randomUUID(), Map.of("project_name", name, "framework", "static"), Map.of(),
                        reservation));
        assertThat(init.error()).as(init.text()).isFalse();
        return id;
    }

    /**
     * Sends a publish command; answers the deploy events of the new deployment until it completed or
     * failed (events of the deployments {@code earlier}, replayed on joining, are skipped).
     */
    private static List<JsonNode> publish(String token, String id, String command, Map<String, Object> fields,
                                          String... earlier) throws InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        try (SocketClient client = nativeClient(token)) {
            join(client, id, 0);
            client.await(named("connection.established"), Realtime.WAIT);
            Map<String, Object> content = new LinkedHashMap<>(fields);
            content.put("command", command);
            client.send(Map.of("type", "chat_message", "data", Map.of("content", content)));
            while (true) {
                JsonNode update = event(client.await(named("agent.status.update"), DEPLOY)).path("content");
                String status = update.path("status").asText();
                if (!status.startsWith("deploy_") || List.of(earlier).contains(update.path("deployment").path("id").asText())) {
                    continue;
                }
                events.add(update);
                if (status.equals("deploy_completed") || status.equals("deploy_failed")) {
                    return events;
                }
            }
        }
    }

    private static List<String> statuses(List<JsonNode> events) {
        return events.stream().map(e -> e.path("status").asText()).toList();
    }

    private static Handler capture(List<String> lines) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (lines) {
                    lines.add(record.getParameters() == null ? record.getMessage()
                            : String.format(record.getMessage(), record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
