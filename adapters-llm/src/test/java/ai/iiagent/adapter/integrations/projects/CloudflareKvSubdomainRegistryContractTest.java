package ai.iiagent.adapter.integrations.projects;

import static ai.iiagent.adapter.integrations.projects.DeployTranscripts.json;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.users.UserId;
import ai.iiagent.port.out.projects.InMemorySubdomainRegistry;
import ai.iiagent.port.out.projects.SubdomainRegistryContractTest;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared {@link SubdomainRegistryPort} contract on the Cloudflare KV registry: the KV API on
 * WireMock (transcripts/cloudflare-kv), the source of truth it wraps in memory here (on PostgreSQL
 * in the app; that registry passes the same contract in SubdomainPersistenceAdapterContractTest).
 */
class CloudflareKvSubdomainRegistryContractTest extends SubdomainRegistryContractTest {

    private static final String VALUES = "/accounts/acc-1/storage/kv/namespaces/ns-1/values/.*";
    private static WireMockServer cloudflare;
    private final CloudflareKvSubdomainRegistry registry = new CloudflareKvSubdomainRegistry(new InMemorySubdomainRegistry(),
            new CloudflareKvSettings(cloudflare.baseUrl(), "acc-1", "ns-1", "cf-token", Duration.ofSeconds(5)));

    @BeforeAll
    static void start() {
        cloudflare = new WireMockServer(options().dynamicPort());
        cloudflare.start();
        cloudflare.stubFor(put(urlPathMatching(VALUES)).willReturn(json(200, "cloudflare-kv/write-ok.json")));
        cloudflare.stubFor(delete(urlPathMatching(VALUES)).willReturn(json(200, "cloudflare-kv/delete-ok.json")));
        cloudflare.stubFor(any(urlPathMatching("/accounts/other/.*")).willReturn(json(403, "cloudflare-kv/error-auth.json")));
    }

    @AfterAll
    static void stop() {
        cloudflare.stop();
    }

    @Override
    protected SubdomainRegistryPort registry() {
        return registry;
    }

    @Override
    protected Holder newHolder() {
        return new Holder(new ProjectId(UUID.randomUUID()), new UserId(UUID.randomUUID()));
    }
}
