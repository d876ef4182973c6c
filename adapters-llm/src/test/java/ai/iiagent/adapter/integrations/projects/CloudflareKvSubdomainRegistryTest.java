package ai.iiagent.adapter.integrations.projects;

import static ai.iiagent.adapter.integrations.projects.DeployTranscripts.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.InMemorySubdomainRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The KV wire (transcripts/cloudflare-kv, written to the documented shapes) and what happens when KV fails. */
class CloudflareKvSubdomainRegistryTest {

    private static final String TOKEN = "cf-api-token-5e4d3c2b1a";
    private static final String KEY = "/accounts/acc-1/storage/kv/namespaces/ns-1/values/shop-3f2a1c";
    private static WireMockServer cloudflare;

    private final InMemorySubdomainRegistry database = new InMemorySubdomainRegistry();
    private CloudflareKvSubdomainRegistry registry;
    private final SubdomainClaim claim = new SubdomainClaim("shop-3f2a1c", new ProjectId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()), Instant.parse("2026-12-06T20:00:00Z"));

    @BeforeAll
    static void start() {
        cloudflare = new WireMockServer(options().dynamicPort());
        cloudflare.start();
    }

    @AfterAll
    static void stop() {
        cloudflare.stop();
    }

    @BeforeEach
    void fresh() {
        cloudflare.resetAll();
        registry = new CloudflareKvSubdomainRegistry(database, new CloudflareKvSettings(cloudflare.baseUrl(), "acc-1", "ns-1",
                TOKEN, Duration.ofSeconds(5)));
    }

    @Test
    void aClaimWritesTheMappingAsMultipartValueAndAnEdgeReadSeesIt() {
        cloudflare.stubFor(put(urlEqualTo(KEY)).willReturn(json(200, "cloudflare-kv/write-ok.json")));
        String stored = "{\"project_id\":\"" + claim.projectId() + "\",\"user_id\":\"" + claim.owner().value()
                + "\",\"claimed_at\":\"2026-12-06T20:00:00Z\"}";
        cloudflare.stubFor(get(urlEqualTo(KEY)).willReturn(aResponse().withStatus(200).withBody(stored)));

        assertThat(registry.claim(claim)).isTrue();

        cloudflare.verify(putRequestedFor(urlEqualTo(KEY))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data; boundary="))
                .withRequestBody(containing("Content-Disposition: form-data; name=\"value\"\r\n\r\n" + stored + "\r\n"))
                .withRequestBody(containing("Content-Disposition: form-data; name=\"metadata\"")));
        JsonNode mirrored = registry.mirrored("shop-3f2a1c");
        assertThat(mirrored.path("project_id").asText()).isEqualTo(claim.projectId().toString());
        assertThat(database.find("shop-3f2a1c")).contains(claim);
    }

    @Test
    void aLosingClaimNeverWritesKv() {
        database.claim(claim);
        SubdomainClaim rival = new SubdomainClaim("shop-3f2a1c", new ProjectId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), Instant.now());

        assertThat(registry.claim(rival)).isFalse();

        cloudflare.verify(0, putRequestedFor(urlEqualTo(KEY)));
    }

    @Test
    void whenKvRefusesTheWriteTheClaimIsGivenBackAndTheFailureThrown() {
        cloudflare.stubFor(put(urlEqualTo(KEY)).willReturn(json(403, "cloudflare-kv/error-auth.json")));
        try (DeployTranscripts.CapturedLog log = new DeployTranscripts.CapturedLog()) {
            assertThatThrownBy(() -> registry.claim(claim))
                    .isInstanceOfSatisfying(UpstreamFailureException.class, e -> {
                        assertThat(e.code().value()).isEqualTo("deploy_provider_rejected");
                        assertThat(e.getMessage()).contains("10000 Authentication error");
                    });
            assertThat(log.text()).contains("Cloudflare KV PUT " + KEY + " answered 403").doesNotContain(TOKEN);
        }
        assertThat(database.find("shop-3f2a1c")).as("the database claim is given back").isEmpty();
    }

    @Test
    void kvUnavailableIsAProviderFailureAndKeepsNothing() {
        cloudflare.stubFor(put(urlEqualTo(KEY)).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> registry.claim(claim)).isInstanceOfSatisfying(UpstreamFailureException.class,
                e -> assertThat(e.code().value()).isEqualTo("deploy_provider_failed"));
        assertThat(database.count()).isZero();
    }

    @Test
    void releaseDeletesTheKeyAndAKeyAlreadyGoneIsFine() {
        database.claim(claim);
        cloudflare.stubFor(delete(urlEqualTo(KEY)).willReturn(json(404, "cloudflare-kv/key-not-found.json")));
        cloudflare.stubFor(get(urlEqualTo(KEY)).willReturn(json(404, "cloudflare-kv/key-not-found.json")));

        assertThat(registry.release("shop-3f2a1c")).isTrue();

        cloudflare.verify(deleteRequestedFor(urlEqualTo(KEY)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(registry.mirrored("shop-3f2a1c")).isNull();
        assertThat(registry.release("shop-3f2a1c")).as("not held any more").isFalse();
        cloudflare.verify(1, deleteRequestedFor(urlEqualTo(KEY)));
    }
}
