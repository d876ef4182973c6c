package ai.iiagent.adapter.integrations.projects;

import java.util.Objects;

/**
 * Building a site's image from its sources (docs/projects.md "Google Cloud Run"): the Cloud Storage
 * JSON API base ({@code https://storage.googleapis.com}), the Cloud Build API base
 * ({@code https://cloudbuild.googleapis.com}), the bucket the source archives go to, and how long
 * a build may take ({@code build}: poll interval and deadline).
 */
public record CloudBuildSettings(String storageApi, String buildApi, String bucket, Polling build) {

    public CloudBuildSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(build, "build");
        storageApi = trimmed(Objects.requireNonNull(storageApi, "storageApi"));
        buildApi = trimmed(Objects.requireNonNull(buildApi, "buildApi"));
    }

    private static String trimmed(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
