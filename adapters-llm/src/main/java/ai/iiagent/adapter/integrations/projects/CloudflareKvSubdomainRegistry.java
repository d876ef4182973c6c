package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.ProjectId;
import ai.iiagent.domain.projects.SubdomainClaim;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.SubdomainRegistryPort;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The subdomain registry with the original's Workers KV mapping (docs/projects.md "Cloudflare KV"):
 * every claim is kept as key {@code <subdomain>} → {@code {"project_id", "user_id", "claimed_at"}}
 * in a KV namespace, where a Worker at the edge can route by it.
 *
 * <p>Workers KV has no compare-and-set (a write is last-writer-wins, and a read may be up to 60 s
 * stale at other locations), so it cannot decide which of two concurrent claims wins. The database
 * registry it wraps stays the source of truth: a claim is first taken there (one {@code INSERT … ON
 * CONFLICT DO NOTHING}) and only the winner writes KV; when that write fails the claim is given back
 * and the failure thrown, so KV never holds a name the database does not. Reads come from the
 * database. A release deletes the database row first, then the key (a missing key is fine).
 */
public final class CloudflareKvSubdomainRegistry implements SubdomainRegistryPort {

    private static final String BOUNDARY = "iiagent-kv-" + UUID.randomUUID();

    private final SubdomainRegistryPort database;
    private final CloudflareKvSettings settings;
    private final DeployHttp http;

    public CloudflareKvSubdomainRegistry(SubdomainRegistryPort database, CloudflareKvSettings settings) {
        this.database = database;
        this.settings = settings;
        this.http = new DeployHttp("Cloudflare KV", settings.requestTimeout());
    }

    @Override
    public boolean claim(SubdomainClaim claim) {
        if (!database.claim(claim)) {
            return false;
        }
        try {
            write(claim);
            return true;
        } catch (UpstreamFailureException e) {
            database.release(claim.name());
            throw e;
        }
    }

    @Override
    public Optional<SubdomainClaim> find(String name) {
        return database.find(name);
    }

    @Override
    public Optional<SubdomainClaim> ofProject(ProjectId projectId) {
        return database.ofProject(projectId);
    }

    @Override
    public boolean release(String name) {
        if (!database.release(name)) {
            return false;
        }
        HttpRequest delete = http.request(settings.valueUrl(name), settings.apiToken()).DELETE().build();
        HttpResponse<byte[]> answer = http.exchange(delete);
        if (answer.statusCode() / 100 != 2 && answer.statusCode() != 404) {
            throw http.refused(delete, answer.statusCode(), DeployHttp.parse(answer.body()));
        }
        return true;
    }

    @Override
    public List<SubdomainClaim> page(int offset, int limit) {
        return database.page(offset, limit);
    }

    @Override
    public long count() {
        return database.count();
    }

    /** The mapping as KV holds it (null when absent): what an edge Worker reads. */
    public JsonNode mirrored(String name) {
        HttpRequest get = http.request(settings.valueUrl(name), settings.apiToken()).GET().build();
        HttpResponse<byte[]> answer = http.exchange(get);
        if (answer.statusCode() == 404) {
            return null;
        }
        if (answer.statusCode() / 100 != 2) {
            throw http.refused(get, answer.statusCode(), DeployHttp.parse(answer.body()));
        }
        return DeployHttp.parse(answer.body());
    }

    // PUT …/values/{key} as multipart/form-data with the parts "value" and "metadata", as documented.
    private void write(SubdomainClaim claim) {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("project_id", claim.projectId().toString());
        value.put("user_id", claim.owner().value().toString());
        value.put("claimed_at", claim.claimedAt().toString());
        String body = part("value", new String(bytes(value), StandardCharsets.UTF_8))
                + part("metadata", "{\"source\":\"ii-agent\"}") + "--" + BOUNDARY + "--\r\n";
        JsonNode answer = http.send(http.request(settings.valueUrl(claim.name()), settings.apiToken())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        if (!answer.path("success").asBoolean(false)) {
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, "Cloudflare KV did not confirm the write");
        }
    }

    private static String part(String name, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + content + "\r\n";
    }

    private static byte[] bytes(Object value) {
        try {
            return DeployHttp.JSON.writeValueAsBytes(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
