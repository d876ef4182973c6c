package ai.iiagent.adapter.integrations.projects;

import static ai.iiagent.adapter.integrations.projects.DeployTranscripts.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.BuiltSiteFilesPort;
import ai.iiagent.port.out.projects.SiteDeployerContractTest;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deploy contract and Vercel's wire (transcripts/vercel, written to the documented shapes) on WireMock. */
class VercelDeployerTest extends SiteDeployerContractTest {

    private static final String TOKEN = "vercel-secret-token-9f8e7d";
    private static final String DEPLOYMENT = "/v13/deployments/dpl_89qyp1cskzkLrVicDaZoDbjyHuDJ";
    private static final String INDEX = "<!doctype html><h1>Shop</h1>";
    private static WireMockServer vercel;

    private final BuiltSiteFilesPort files = source -> new BuiltSiteFilesPort.BuiltSite("public", List.of(
            new BuiltSiteFilesPort.SiteFile("index.html", INDEX.getBytes(StandardCharsets.UTF_8)),
            new BuiltSiteFilesPort.SiteFile("css/style.css", "h1{color:teal}".getBytes(StandardCharsets.UTF_8))));
    private VercelDeployer deployer;

    @BeforeAll
    static void start() {
        vercel = new WireMockServer(options().dynamicPort());
        vercel.start();
    }

    @AfterAll
    static void stop() {
        vercel.stop();
    }

    @BeforeEach
    void freshDeployer() {
        vercel.resetAll();
        deployer = deployerWith("team_nllPyCtREAqxxdyFKbbMDlxd", Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private VercelDeployer deployerWith(String team, Duration requestTimeout, Duration readyTimeout) {
        return new VercelDeployer(new VercelSettings(vercel.baseUrl(), TOKEN, team, requestTimeout,
                new Polling(Duration.ofMillis(20), readyTimeout)), files);
    }

    @Override
    protected SiteDeployerPort deployer() {
        return deployer;
    }

    @Override
    protected void providerAcceptsTheNextDeployment() {
        vercel.resetAll();
        vercel.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(200, "vercel/deployment-created.json")));
        vercel.stubFor(get(urlPathEqualTo(DEPLOYMENT)).inScenario("ready").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("built").willReturn(json(200, "vercel/deployment-building.json")));
        vercel.stubFor(get(urlPathEqualTo(DEPLOYMENT)).inScenario("ready").whenScenarioStateIs("built")
                .willReturn(json(200, "vercel/deployment-ready.json")));
    }

    @Override
    protected void providerRefusesTheNextDeployment(int status) {
        vercel.resetAll();
        vercel.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(status,
                status >= 500 ? "vercel/error-internal.json" : "vercel/error-forbidden.json")));
    }

    @Test
    void theFilesAreInlinedBase64UnderTheSubdomainsNameAndTheProductionAliasIsAnswered() {
        providerAcceptsTheNextDeployment();
        List<DeploymentPhase> phases = new ArrayList<>();

        String url = deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), phases::add);

        assertThat(url).isEqualTo("https://shop-3f2a1c.vercel.app");
        assertThat(phases).containsExactly(DeploymentPhase.PACKAGE, DeploymentPhase.START, DeploymentPhase.VERIFY,
                DeploymentPhase.ROUTE);
        vercel.verify(postRequestedFor(urlEqualTo("/v13/deployments?skipAutoDetectionConfirmation=1&teamId="
                + "team_nllPyCtREAqxxdyFKbbMDlxd"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "shop-3f2a1c", "target": "production", "projectSettings": {"framework": null},
                         "files": [{"file": "index.html", "data": "%s", "encoding": "base64"},
                                   {"file": "css/style.css", "data": "%s", "encoding": "base64"}]}"""
                        .formatted(base64(INDEX), base64("h1{color:teal}")))));
        vercel.verify(2, getRequestedFor(urlEqualTo(DEPLOYMENT + "?teamId=team_nllPyCtREAqxxdyFKbbMDlxd")));
    }

    @Test
    void withoutATeamNoTeamIdIsSent() {
        deployer = deployerWith(null, Duration.ofSeconds(5), Duration.ofSeconds(10));
        providerAcceptsTheNextDeployment();

        deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), phase -> { });

        vercel.verify(postRequestedFor(urlEqualTo("/v13/deployments?skipAutoDetectionConfirmation=1")));
        vercel.verify(getRequestedFor(urlEqualTo(DEPLOYMENT)));
    }

    @Test
    void aBuildThatEndsInErrorFailsInVerifyWithTheProvidersReason() {
        vercel.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(200, "vercel/deployment-created.json")));
        vercel.stubFor(get(urlPathEqualTo(DEPLOYMENT)).willReturn(json(200, "vercel/deployment-error.json")));
        List<DeploymentPhase> phases = new ArrayList<>();

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), phases::add))
                .isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                    assertThat(e.code().value()).isEqualTo("deploy_build_failed");
                    assertThat(e.getMessage()).contains("ERROR", "BUILD_FAILED", "no output directory");
                });
        assertThat(phases).endsWith(DeploymentPhase.VERIFY);
    }

    @Test
    void aDeploymentNeverReadyTimesOutInVerify() {
        deployer = deployerWith(null, Duration.ofSeconds(5), Duration.ofMillis(300));
        vercel.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(200, "vercel/deployment-created.json")));
        vercel.stubFor(get(urlPathEqualTo(DEPLOYMENT)).willReturn(json(200, "vercel/deployment-building.json")));
        List<DeploymentPhase> phases = new ArrayList<>();

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), phases::add))
                .isInstanceOfSatisfying(UpstreamFailureException.class,
                        e -> assertThat(e.code().value()).isEqualTo("deploy_timeout"));
        assertThat(phases).endsWith(DeploymentPhase.VERIFY);
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeFailsWithDeployTimeout() {
        deployer = deployerWith(null, Duration.ofMillis(300), Duration.ofSeconds(5));
        vercel.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(200, "vercel/deployment-created.json")
                .withFixedDelay(2_000)));
        List<DeploymentPhase> phases = new ArrayList<>();

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), phases::add))
                .isInstanceOfSatisfying(UpstreamFailureException.class,
                        e -> assertThat(e.code().value()).isEqualTo("deploy_timeout"));
        assertThat(phases).endsWith(DeploymentPhase.START);
    }

    @Test
    void theTokenNeverReachesTheLogNorAnErrorMessage() {
        try (DeployTranscripts.CapturedLog log = new DeployTranscripts.CapturedLog()) {
            providerRefusesTheNextDeployment(403);
            assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.VERCEL, "shop-3f2a1c"), staticSite(), p -> { }))
                    .isInstanceOf(UpstreamFailureException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("forbidden").doesNotContain(TOKEN));

            assertThat(log.text()).contains("Vercel POST /v13/deployments answered 403").doesNotContain(TOKEN)
                    .doesNotContain(base64(INDEX));
            assertThat(deployer.toString() + new VercelSettings(vercel.baseUrl(), TOKEN, null, Duration.ofSeconds(1),
                    null)).doesNotContain(TOKEN);
        }
    }

    @Test
    void undeployDeletesTheDeploymentByItsUrlAndAGoneOneIsFine() {
        vercel.stubFor(delete(urlPathEqualTo("/v13/deployments/shop-3f2a1c.vercel.app"))
                .willReturn(json(200, "vercel/deployment-deleted.json")));
        Deployment live = deployment(DeployTarget.VERCEL, "shop-3f2a1c").deployed("https://shop-3f2a1c.vercel.app",
                java.time.Instant.now());

        deployer.undeploy(live);
        vercel.verify(deleteRequestedFor(urlEqualTo("/v13/deployments/shop-3f2a1c.vercel.app?url=shop-3f2a1c.vercel.app"
                + "&teamId=team_nllPyCtREAqxxdyFKbbMDlxd")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));

        vercel.resetAll();
        vercel.stubFor(delete(urlPathEqualTo("/v13/deployments/shop-3f2a1c.vercel.app"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"Deployment not found\"}}")));
        deployer.undeploy(live);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
