package ai.iiagent.e2e.projects;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Vercel, Google (OAuth token endpoint and Cloud Run Admin API v2) and Cloudflare KV on one WireMock
 * server, answering with the transcripts under {@code transcripts/{vercel,cloud-run,cloudflare-kv}}
 * (written to the providers' documented shapes), and the app configured to use all three.
 * Deployments of a subdomain starting with {@code refused-} are refused by the provider (403).
 */
public class CloudDeployStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String VERCEL_TOKEN = "vercel-e2e-token-1a2b3c4d5e";
    public static final String CLOUDFLARE_TOKEN = "cf-e2e-token-9z8y7x6w";
    public static final String GOOGLE_ACCESS_TOKEN = "ya29.c.b0AXv0zTPLEASE-NEVER-LOG-ME";
    public static final String PARENT = "/v2/projects/acme-sites/locations/europe-west1";
    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo("/v13/deployments")).willReturn(json(200, "vercel/deployment-created.json")));
        server.stubFor(post(urlPathEqualTo("/v13/deployments")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"name\":\"refused-"))
                .willReturn(json(403, "vercel/error-forbidden.json")));
        server.stubFor(get(urlPathEqualTo("/v13/deployments/dpl_89qyp1cskzkLrVicDaZoDbjyHuDJ"))
                .willReturn(json(200, "vercel/deployment-ready.json")));
        server.stubFor(delete(urlPathMatching("/v13/deployments/.*")).willReturn(json(200, "vercel/deployment-deleted.json")));
        server.stubFor(post(urlEqualTo("/token")).willReturn(json(200, "cloud-run/token.json")));
        server.stubFor(post(urlPathEqualTo(PARENT + "/services")).willReturn(json(200, "cloud-run/operation-running.json")));
        server.stubFor(patch(urlPathMatching(PARENT + "/services/.*")).willReturn(json(200, "cloud-run/operation-done.json")));
        server.stubFor(get(urlPathMatching(PARENT + "/operations/.*")).willReturn(json(200, "cloud-run/operation-done.json")));
        server.stubFor(post(urlPathMatching(PARENT + "/services/.*:setIamPolicy")).willReturn(json(200, "cloud-run/policy.json")));
        server.stubFor(delete(urlPathMatching(PARENT + "/services/.*")).willReturn(json(200, "cloud-run/operation-running.json")));
        server.stubFor(put(urlPathMatching("/client/v4/accounts/acc-e2e/storage/kv/namespaces/ns-e2e/values/.*"))
                .willReturn(json(200, "cloudflare-kv/write-ok.json")));
        server.stubFor(delete(urlPathMatching("/client/v4/accounts/acc-e2e/storage/kv/namespaces/ns-e2e/values/.*"))
                .willReturn(json(200, "cloudflare-kv/delete-ok.json")));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("sites.base-domain", SitesTestProfile.BASE_DOMAIN);
        config.put("deploy.poll-interval", "PT0.05S");
        config.put("deploy.ready-timeout", "PT20S");
        config.put("deploy.vercel.api-url", server.baseUrl());
        config.put("deploy.vercel.token", VERCEL_TOKEN);
        config.put("deploy.cloud-run.api-url", server.baseUrl());
        config.put("deploy.cloud-run.credentials-file", serviceAccountFile(server.baseUrl() + "/token").toString());
        config.put("deploy.cloud-run.project", "acme-sites");
        config.put("deploy.cloud-run.region", "europe-west1");
        config.put("deploy.cloud-run.image", "europe-docker.pkg.dev/acme-sites/sites/{subdomain}:latest");
        config.put("subdomains.registry", "cloudflare_kv");
        config.put("subdomains.cloudflare.api-url", server.baseUrl() + "/client/v4");
        config.put("subdomains.cloudflare.account-id", "acc-e2e");
        config.put("subdomains.cloudflare.namespace-id", "ns-e2e");
        config.put("subdomains.cloudflare.api-token", CLOUDFLARE_TOKEN);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static Path serviceAccountFile(String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            String json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("type", "service_account")
                    .put("project_id", "acme-sites").put("private_key_id", "e2e-key").put("private_key", pem)
                    .put("client_email", "deployer@acme-sites.iam.gserviceaccount.com").put("token_uri", tokenUri).toString();
            Path file = Files.createTempFile("cloud-run-key", ".json",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, json);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseDefinitionBuilder json(int status, String name) {
        try (InputStream in = CloudDeployStandIn.class.getResourceAsStream("/transcripts/" + name)) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
