package ai.iiagent.adapter.integrations.projects;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Vercel: the API base ({@code https://api.vercel.com}), the access token (never
 * logged, never in a URL), the team to deploy under (null: the token's personal account), and how
 * long to wait for a request and for a deployment to become ready.
 */
public record VercelSettings(String apiBase, String token, String teamId, Duration requestTimeout, Polling readiness) {

    public VercelSettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(token, "token");
        apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        teamId = teamId == null || teamId.isBlank() ? null : teamId;
    }

    @Override
    public String toString() {
        return "VercelSettings[apiBase=" + apiBase + ", teamId=" + teamId + ", token=<sealed>]";
    }
}
