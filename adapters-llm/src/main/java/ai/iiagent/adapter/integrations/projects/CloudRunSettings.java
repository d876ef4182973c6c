package ai.iiagent.adapter.integrations.projects;

import java.time.Duration;
import java.util.Objects;

/**
 * How to deploy to Cloud Run: the Admin API base ({@code https://run.googleapis.com}), the Google
 * Cloud project and region, the container image every site is deployed from ({@code {subdomain}}
 * in it is replaced by the site's subdomain: the image is built and pushed outside the app), the
 * port it listens on, whether anyone may call the service ({@code allUsers} as
 * {@code roles/run.invoker}), and the timeouts.
 */
public record CloudRunSettings(String apiBase, String projectId, String region, String imageTemplate, int containerPort,
                               boolean allowUnauthenticated, Duration requestTimeout, Polling rollout) {

    public CloudRunSettings {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(imageTemplate, "imageTemplate");
        apiBase = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    }

    /** The image a site is deployed from. */
    public String image(String subdomain) {
        return imageTemplate.replace("{subdomain}", subdomain);
    }

    /** {@code projects/<p>/locations/<region>}. */
    public String parent() {
        return "projects/" + projectId + "/locations/" + region;
    }
}
