package ai.iiagent.adapter.integrations.projects;

import static ai.iiagent.adapter.integrations.projects.DeployTranscripts.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import ai.iiagent.port.out.projects.SiteSource;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cloud Run from the project's sources (transcripts/cloud-build, written to Google's documented
 * shapes) on WireMock: the sources archived and uploaded to Cloud Storage, a Cloud Build build
 * created from that exact object generation (docker with a Dockerfile, buildpacks without), its
 * operation polled until done, and the service rolled out from the pushed image by digest — all in
 * phase {@code package} before the service's own phases. Also runs the deploy contract.
 */
class CloudRunFromSourceTest extends SiteDeployerContractTest {

    private static final String PARENT = "/v2/projects/acme-sites/locations/europe-west1";
    private static final String UPLOAD = "/upload/storage/v1/b/acme-sites-sources/o";
    private static final String BUILDS = "/v1/projects/acme-sites/builds";
    private static final String BUILD_OPERATION = "/v1/operations/build/acme-sites/NWQ3YzJhOTEtOGQ0Yi00ZTFmLWE2YjMtMmM5ZDBlN2YxYTQ0";
    private static final String IMAGE = "europe-docker.pkg.dev/acme-sites/sites/shop-3f2a1c:latest";
    private static final String BUILT = "europe-docker.pkg.dev/acme-sites/sites/shop-3f2a1c"
            + "@sha256:3b5c9e2f1a7d4c8b6e0f2a9d1c7b5e3f8a2d6c4b0e9f1a3c5d7b2e8f4a6c0d1e";
    private static final String LONG_PATH = "src/" + "components/".repeat(12) + "Button.js";
    private static WireMockServer google;
    private static String serviceAccount;

    private final List<BuiltSiteFilesPort.SiteFile> sources = new ArrayList<>();
    private CloudRunDeployer deployer;

    @BeforeAll
    static void start() throws Exception {
        google = new WireMockServer(options().dynamicPort());
        google.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        serviceAccount = DeployTranscripts.serviceAccount(generator.generateKeyPair(), google.baseUrl() + "/token");
    }

    @AfterAll
    static void stop() {
        google.stop();
    }

    @BeforeEach
    void freshDeployer() {
        google.resetAll();
        sources.clear();
        sources.add(file("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python3\", \"/app/server.py\"]\n"));
        sources.add(file("server.py", "print('hello')\n"));
        sources.add(file("start.sh", "#!/bin/sh\nexec python3 server.py\n"));
        sources.add(file(LONG_PATH, "export default 1;\n"));
        deployer = deployerWith(Duration.ofSeconds(10));
    }

    private CloudRunDeployer deployerWith(Duration build) {
        DeployHttp http = new DeployHttp("Cloud Run", Duration.ofSeconds(5));
        GoogleServiceAccountTokens tokens = new GoogleServiceAccountTokens(serviceAccount, http, Clock.systemUTC());
        BuiltSiteFilesPort files = new BuiltSiteFilesPort() {
            @Override
            public BuiltSite read(SiteSource source) {
                throw new AssertionError("a build from source reads the project, not its output");
            }

            @Override
            public BuiltSite readProject(SiteSource source) {
                return new BuiltSite(".", sources);
            }
        };
        CloudBuildImages builds = new CloudBuildImages(new CloudBuildSettings(google.baseUrl(), google.baseUrl() + "/",
                "acme-sites-sources", new Polling(Duration.ofMillis(20), build)), "acme-sites", tokens,
                new DeployHttp("Cloud Build", Duration.ofSeconds(5)), files);
        return new CloudRunDeployer(new CloudRunSettings(google.baseUrl(), "acme-sites", "europe-west1", IMAGE.replace(
                "shop-3f2a1c", "{subdomain}"), 8080, true, Duration.ofSeconds(5), new Polling(Duration.ofMillis(20),
                Duration.ofSeconds(10))), tokens, http, java.util.Optional.of(builds));
    }

    @Override
    protected SiteDeployerPort deployer() {
        return deployer;
    }

    @Override
    protected void providerAcceptsTheNextDeployment() {
        google.resetAll();
        google.stubFor(post(urlEqualTo("/token")).willReturn(json(200, "cloud-run/token.json")));
        google.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(json(200, "cloud-build/object.json")));
        google.stubFor(post(urlEqualTo(BUILDS)).willReturn(json(200, "cloud-build/build-queued.json")));
        google.stubFor(get(urlEqualTo(BUILD_OPERATION)).inScenario("build").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("built").willReturn(json(200, "cloud-build/build-working.json")));
        google.stubFor(get(urlEqualTo(BUILD_OPERATION)).inScenario("build").whenScenarioStateIs("built")
                .willReturn(json(200, "cloud-build/build-done.json")));
        google.stubFor(post(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c"))
                .willReturn(json(200, "cloud-run/operation-done.json")));
        google.stubFor(post(urlEqualTo(PARENT + "/services/shop-3f2a1c:setIamPolicy"))
                .willReturn(json(200, "cloud-run/policy.json")));
        google.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo(PARENT + "/services/never-deployed"))
                .willReturn(json(404, "cloud-run/error-permission-denied.json").withStatus(404)));
    }

    @Override
    protected void providerRefusesTheNextDeployment(int status) {
        google.resetAll();
        google.stubFor(post(urlEqualTo("/token")).willReturn(json(200, "cloud-run/token.json")));
        google.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(json(status, status >= 500
                ? "cloud-run/error-unavailable.json" : "cloud-run/error-permission-denied.json").withStatus(status)));
    }

    @Test
    void theSourcesAreUploadedBuiltWithTheirDockerfileAndTheServiceRunsTheBuiltImageByDigest() throws Exception {
        providerAcceptsTheNextDeployment();
        List<DeploymentPhase> phases = new ArrayList<>();
        Deployment deployment = deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c");

        String url = deployer.deploy(deployment, staticSite(), phases::add);

        assertThat(url).isEqualTo("https://shop-3f2a1c-5kq2xz7yqa-ew.a.run.app");
        assertThat(phases).containsExactly(DeploymentPhase.PACKAGE, DeploymentPhase.START, DeploymentPhase.VERIFY,
                DeploymentPhase.ROUTE);
        String object = "ii-agent/shop-3f2a1c/" + deployment.id() + ".tar.gz";
        LoggedRequest upload = google.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).getFirst();
        assertThat(upload.queryParameter("uploadType").firstValue()).isEqualTo("media");
        assertThat(upload.queryParameter("name").firstValue()).isEqualTo(object);
        assertThat(upload.getHeader("Content-Type")).isEqualTo("application/gzip");
        assertThat(upload.getHeader("Authorization")).startsWith("Bearer ya29.");
        Map<String, String> archived = untar(upload.getBody());
        assertThat(archived).containsOnlyKeys("Dockerfile", "server.py", "start.sh", LONG_PATH);
        assertThat(archived.get("Dockerfile")).startsWith("FROM python:3.12-slim");
        assertThat(archived.get(LONG_PATH)).isEqualTo("export default 1;\n");

        google.verify(postRequestedFor(urlEqualTo(BUILDS)).withRequestBody(equalToJson("""
                {"source": {"storageSource": {"bucket": "acme-sites-sources", "object": "%s",
                                              "generation": "1765051200123456"}},
                 "steps": [{"name": "gcr.io/cloud-builders/docker", "args": ["build", "-t", "%s", "."]}],
                 "images": ["%s"], "tags": ["ii-agent", "shop-3f2a1c"]}""".formatted(object, IMAGE, IMAGE))));
        assertThat(google.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo(BUILD_OPERATION)))).hasSize(2);
        google.verify(postRequestedFor(urlEqualTo(PARENT + "/services?serviceId=shop-3f2a1c")).withRequestBody(
                equalToJson("""
                        {"template": {"containers": [{"image": "%s"}]}}""".formatted(BUILT), true, true)));
    }

    @Test
    void withoutADockerfileGooglesBuildpacksBuildTheImage() {
        sources.removeIf(f -> f.path().equals("Dockerfile"));
        providerAcceptsTheNextDeployment();

        deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), phase -> { });

        google.verify(postRequestedFor(urlEqualTo(BUILDS)).withRequestBody(equalToJson("""
                {"steps": [{"name": "gcr.io/k8s-skaffold/pack", "entrypoint": "pack",
                            "args": ["build", "%s", "--builder", "gcr.io/buildpacks/builder:v1",
                                     "--network", "cloudbuild", "--path", "."]}]}""".formatted(IMAGE), true, true)));
    }

    @Test
    void aFailedBuildFailsInPackageWithItsStatusAndNoServiceIsTouched() {
        providerAcceptsTheNextDeployment();
        google.stubFor(get(urlEqualTo(BUILD_OPERATION)).willReturn(json(200, "cloud-build/build-failed.json")));
        List<DeploymentPhase> phases = new ArrayList<>();

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(),
                phases::add)).isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                    assertThat(e.code().value()).isEqualTo("deploy_build_failed");
                    assertThat(e.getMessage()).contains("FAILURE").contains("Build failed; check build logs");
                });
        assertThat(phases).containsExactly(DeploymentPhase.PACKAGE);
        assertThat(google.findAll(postRequestedFor(urlPathEqualTo(PARENT + "/services")))).isEmpty();
    }

    @Test
    void aBuildNeverDoneTimesOut() {
        deployer = deployerWith(Duration.ofMillis(300));
        providerAcceptsTheNextDeployment();
        google.stubFor(get(urlEqualTo(BUILD_OPERATION)).willReturn(json(200, "cloud-build/build-working.json")));

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), p -> { }))
                .isInstanceOfSatisfying(UpstreamFailureException.class,
                        e -> assertThat(e.code().value()).isEqualTo("deploy_timeout"));
    }

    @Test
    void aRefusedBuildIsTheProvidersRefusal() {
        providerAcceptsTheNextDeployment();
        google.stubFor(post(urlEqualTo(BUILDS)).willReturn(json(403, "cloud-run/error-permission-denied.json")
                .withStatus(403)));

        assertThatThrownBy(() -> deployer.deploy(deployment(DeployTarget.CLOUD_RUN, "shop-3f2a1c"), staticSite(), p -> { }))
                .isInstanceOfSatisfying(UpstreamFailureException.class,
                        e -> assertThat(e.code().value()).isEqualTo("deploy_provider_rejected"));
    }

    @Test
    void anImageIsPinnedByItsRepositoryWithoutTheTag() {
        assertThat(CloudBuildImages.repository("europe-docker.pkg.dev/p/r/site:latest")).isEqualTo("europe-docker.pkg.dev/p/r/site");
        assertThat(CloudBuildImages.repository("localhost:5000/site:v1")).isEqualTo("localhost:5000/site");
        assertThat(CloudBuildImages.repository("localhost:5000/site")).isEqualTo("localhost:5000/site");
        assertThat(CloudBuildImages.repository("gcr.io/p/site@sha256:ab")).isEqualTo("gcr.io/p/site");
    }

    private static BuiltSiteFilesPort.SiteFile file(String path, String content) {
        return new BuiltSiteFilesPort.SiteFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    // Reads a .tar.gz as POSIX ustar (prefix + name), checking every header's checksum.
    private static Map<String, String> untar(byte[] gz) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        // WireMock hands a gzipped body back already inflated (it checks the magic bytes), so accept both.
        boolean gzipped = gz.length > 2 && (gz[0] & 0xff) == 0x1f && (gz[1] & 0xff) == 0x8b;
        try (InputStream in = gzipped ? new GZIPInputStream(new ByteArrayInputStream(gz)) : new ByteArrayInputStream(gz)) {
            byte[] tar = in.readAllBytes();
            int at = 0;
            while (at + 512 <= tar.length && tar[at] != 0) {
                String name = field(tar, at, 100);
                String prefix = field(tar, at + 345, 155);
                long size = Long.parseLong(field(tar, at + 124, 12).trim(), 8);
                long sum = 0;
                for (int i = 0; i < 512; i++) {
                    sum += (i >= 148 && i < 156) ? ' ' : tar[at + i] & 0xff;
                }
                assertThat(Long.parseLong(field(tar, at + 148, 8).trim(), 8)).as("checksum of " + name).isEqualTo(sum);
                assertThat(field(tar, at + 257, 6)).isEqualTo("ustar");
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                files.put(path, new String(tar, at + 512, (int) size, StandardCharsets.UTF_8));
                at += 512 + (int) ((size + 511) / 512 * 512);
            }
        }
        return files;
    }

    private static String field(byte[] tar, int offset, int length) {
        int end = offset;
        while (end < offset + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
    }
}
