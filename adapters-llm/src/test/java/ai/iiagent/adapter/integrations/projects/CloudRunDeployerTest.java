package ai.iiagent.adapter.integrations.projects;

import static ai.iiagent.adapter.integrations.projects.DeployTranscripts.json;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.SiteDeployerContractTest;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deploy contract and Cloud Run's wire (transcripts/cloud-run, written to the documented
 * shapes) on WireMock: the service-account JWT grant, services create/patch, operation polling,
 * the invoker policy.
 */
class CloudRunDeployerTest extends SiteDeployerContractTest {

    private static final String PARENT = "/v2/projects/acme-sites/locations/europe-west1";
    private static final String SERVICE = PARENT + "/services/shop-3f2a1c";
    private static final String OPERATION = PARENT + "/operations/5c7e0b2a-3a8f-4d8e-9f0e-2b1d6c4a9e11";
    private static final String ACCESS_TOKEN = "ya29.c.b0AXv0zTPLEASE-NEVER-LOG-ME";
    private static WireMockServer google;
    private static KeyPair key;

    private CloudRunDeployer deployer;

    @BeforeAll
    static void start() throws Exception {
        google = new WireMockServer(options().dynamicPort());
        google.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
    }

    @AfterAll
    static void stop() {
        google.stop();
    }

    @BeforeEach
    void freshDeployer() {
        google.resetAll();
        deployer = deployerWith(Duration.ofSeconds(10));
    }

    private CloudRunDeployer deployerWith(Duration rollout) {
        DeployHttp http = new DeployHttp("Cloud Run", Duration.ofSeconds(5));
        return new CloudRunDeployer(new CloudRunSettings(google.baseUrl(), "acme-sites", "europe-west1",
                "europe-docker.pkg.dev/acme-sites/sites/{subdomain}:latest", 8080, true, Duration.ofSeconds(5),
                new Polling(Duration.ofMillis(20), rollout)),
                new GoogleServiceAccountTokens(serviceAccount(), http, Clock.systemUTC()), http);
    }

    private static String serviceAccount() {
        return DeployTranscripts.serviceAccount(key, google.baseUrl() + "/token");
    }

    @Override
    protected SiteDeployerPort deployer() {
        return deployer;
    }

    @Override
    protected void providerAcceptsTheNextDeployment() {
        google.resetAll();
        google.stubFor(post(urlEqualTo("/token")).willReturn(json(200, "cloud-run/token.json")));
        google.stubFor(post(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c"))
                .willReturn(json(200, "cloud-run/operation-running.json")));
        google.stubFor(get(urlEqualTo(OPERATION)).inScenario("rollout").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("ready").willReturn(json(200, "cloud-run/operation-running.json")));
        google.stubFor(get(urlEqualTo(OPERATION)).inScenario("rollout").whenScenarioStateIs("ready")
                .willReturn(json(200, "cloud-run/operation-done.json")));
        google.stubFor(post(urlEqualTo(SERVICE + ":setIamPolicy")).willReturn(json(200, "cloud-run/policy.json")));
        google.stubFor(delete(urlEqualTo(PARENT + "/services/never-deployed")).willReturn(json(404,
                "cloud-run/error-permission-denied.json").withStatus(404)));
    }

    @Override
    protected void providerRefusesTheNextDeployment(int status) {
        google.resetAll();
        google.stubFor(post(urlEqualTo("/token")).willReturn(json(200, "cloud-run/token.json")));
        google.stubFor(post(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c")).willReturn(json(status,
                status >= 500 ? "cloud-run/error-unavailable.json" : "cloud-run/error-permission-denied.json")
                .withStatus(status)));
    }

    @Test
    void aServiceIsCreatedFromTheImageWithASignedGrantThenPolledMadePublicAndItsUriAnswered() throws Exception {
        providerAcceptsTheNextDeployment();
        List<DeploymentPhase> phases = new ArrayList<>();

        String url = deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), phases::add);

        assertThat(url).isEqualTo("https://shop-3f2a1c-5kq2xz7yqa-ew.a.run.app");
        assertThat(phases).containsExactly(DeploymentPhase.PACKAGE, DeploymentPhase.START, DeploymentPhase.VERIFY,
                DeploymentPhase.ROUTE);
        google.verify(postRequestedFor(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"template": {"containers": [{"image": "europe-docker.pkg.dev/acme-sites/sites/shop-3f2a1c:latest",
                                                      "ports": [{"containerPort": 8080}]}]}}""", true, true)));
        google.verify(postRequestedFor(urlEqualTo(SERVICE + ":setIamPolicy")).withRequestBody(equalToJson("""
                {"policy": {"bindings": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}}""")));

        LoggedRequest grant = google.findAll(postRequestedFor(urlEqualTo("/token"))).getFirst();
        assertThat(google.findAll(postRequestedFor(urlEqualTo("/token")))).as("the token is kept").hasSize(1);
        Map<String, String> form = form(grant.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        String[] jwt = form.get("assertion").split("\\.");
        JsonNode header = DeployHttp.parse(Base64.getUrlDecoder().decode(jwt[0]));
        JsonNode claims = DeployHttp.parse(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(header.path("kid").asText()).isEqualTo("4f1c2d3e5a6b7c8d9e0f");
        assertThat(claims.path("iss").asText()).isEqualTo("deployer@acme-sites.iam.gserviceaccount.com");
        assertThat(claims.path("aud").asText()).isEqualTo(google.baseUrl() + "/token");
        assertThat(claims.path("scope").asText()).isEqualTo("https://www.googleapis.com/auth/cloud-platform");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.getPublic());
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).as("signed by the service account's key").isTrue();
    }

    @Test
    void anExistingServiceGetsANewRevisionThroughPatch() {
        providerAcceptsTheNextDeployment();
        google.stubFor(post(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c"))
                .willReturn(json(409, "cloud-run/error-already-exists.json")));
        google.stubFor(patch(urlEqualTo(SERVICE)).willReturn(json(200, "cloud-run/operation-done.json")));

        String url = deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), phase -> { });

        assertThat(url).isEqualTo("https://shop-3f2a1c-5kq2xz7yqa-ew.a.run.app");
        google.verify(patchRequestedFor(urlEqualTo(SERVICE)).withRequestBody(equalToJson("""
                {"template": {"containers": [{"image": "europe-docker.pkg.dev/acme-sites/sites/shop-3f2a1c:latest"}]}}""",
                true, true)));
    }

    @Test
    void aFailedRolloutFailsInVerifyWithTheOperationsError() {
        providerAcceptsTheNextDeployment();
        google.stubFor(get(urlEqualTo(OPERATION)).willReturn(json(200, "cloud-run/operation-failed.json")));
        List<DeploymentPhase> phases = new ArrayList<>();

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(),
                phases::add))
                .isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                    assertThat(e.code().value()).isEqualTo("deploy_build_failed");
                    assertThat(e.getMessage()).contains("failed to start and listen on the port");
                });
        assertThat(phases).endsWith(DeploymentPhase.VERIFY);
    }

    @Test
    void aRolloutNeverDoneTimesOut() {
        deployer = deployerWith(Duration.ofMillis(300));
        providerAcceptsTheNextDeployment();
        google.stubFor(get(urlEqualTo(OPERATION)).willReturn(json(200, "cloud-run/operation-running.json")));

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), p -> { }))
                .isInstanceOfSatisfying(UpstreamFailureException.class,
                        e -> assertThat(e.code().value()).isEqualTo("deploy_timeout"));
    }

    @Test
    void aRefusedGrantFailsWithTheProvidersReasonAndNeitherKeyNorTokenIsLogged() {
        try (DeployTranscripts.CapturedLog log = new DeployTranscripts.CapturedLog()) {
            google.stubFor(post(urlEqualTo("/token")).willReturn(json(400, "cloud-run/token-invalid-grant.json")));

            assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(),
                    p -> { }))
                    .isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                        assertThat(e.code().value()).isEqualTo("deploy_provider_rejected");
                        assertThat(e.getMessage()).contains("invalid_grant");
                    });

            providerRefusesTheNextDeployment(403);
            assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(),
                    p -> { })).isInstanceOf(UpstreamFailureException.class);

            String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded()).substring(0, 40);
            assertThat(log.text()).contains("Cloud Run POST /token answered 400")
                    .contains("Cloud Run POST " + PARENT + "/services answered 403")
                    .doesNotContain(ACCESS_TOKEN).doesNotContain(privateKey).doesNotContain("assertion");
        }
    }

    @Test
    void undeployDeletesTheService() {
        providerAcceptsTheNextDeployment();
        google.stubFor(delete(urlEqualTo(SERVICE)).willReturn(json(200, "cloud-run/operation-running.json")));

        deployer.undeploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"));

        google.verify(deleteRequestedFor(urlEqualTo(SERVICE)).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void serviceIdsAreValidCloudRunNames() {
        assertThat(CloudRunDeployer.serviceId("shop-3f2a1c")).isEqualTo("shop-3f2a1c");
        assertThat(CloudRunDeployer.serviceId("3d-printing")).isEqualTo("s-3d-printing");
        assertThat(CloudRunDeployer.serviceId("a".repeat(48) + "-bc")).isEqualTo("a".repeat(48));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
