package ai.iiagent.adapter.integrations.projects;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the subdomain mappings are mirrored: the Cloudflare API base
 * ({@code https://api.cloudflare.com/client/v4}), the account and the Workers KV namespace, an API
 * token with {@code Workers KV Storage: Edit} (never logged), and the request timeout.
 */
public record CloudflareKvSettings(String apiBase, String accountId, String namespaceId, String apiToken,
                                   Duration requestTimeout) {

    public CloudflareKvSettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(namespaceId, "namespaceId");
        Objects.requireNonNull(apiToken, "apiToken");
        apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    }

    /** {@code …/accounts/{account}/storage/kv/namespaces/{namespace}/values/{key}}. */
    public String valueUrl(String key) {
        return apiBase + "/accounts/" + accountId + "/storage/kv/namespaces/" + namespaceId + "/values/"
                + DeployHttp.encode(key);
    }

    @Override
    public String toString() {
        return "CloudflareKvSettings[apiBase=" + apiBase + ", accountId=" + accountId + ", namespaceId=" + namespaceId
                + ", apiToken=<sealed>]";
    }
}
