package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.BuiltSiteFilesPort;
import ai.iiagent.port.out.projects.SiteSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a site's container image from its sources with Cloud Build (docs/projects.md "Google Cloud
 * Run"): the project directory (no {@code .env}, {@code .git/}, {@code node_modules/}) is packed as
 * a {@code .tar.gz} and uploaded to Cloud Storage ({@code POST /upload/storage/v1/b/{bucket}/o?uploadType=media}),
 * a build is created from it ({@code POST /v1/projects/{project}/builds}: {@code docker build} when the
 * project has a {@code Dockerfile}, else Google's buildpacks through {@code pack}; the image pushed by
 * {@code images}), and its long-running operation is polled ({@code GET /v1/{operation}}) until
 * {@code done}. The answer is the pushed image by digest, so the rollout runs exactly what was built.
 */
public final class CloudBuildImages {

    static final String DOCKER = "gcr.io/cloud-builders/docker";
    static final String PACK = "gcr.io/k8s-skaffold/pack";
    static final String BUILDER = "gcr.io/buildpacks/builder:v1";

    private final CloudBuildSettings settings;
    private final String projectId;
    private final GoogleServiceAccountTokens tokens;
    private final DeployHttp http;
    private final BuiltSiteFilesPort sources;

    public CloudBuildImages(CloudBuildSettings settings, String projectId, GoogleServiceAccountTokens tokens,
                            DeployHttp http, BuiltSiteFilesPort sources) {
        this.settings = settings;
        this.projectId = projectId;
        this.tokens = tokens;
        this.http = http;
        this.sources = sources;
    }

    /**
     * Builds {@code image} (a reference with an optional tag) from the deployment's sources and pushes it.
     *
     * @return the image by digest, {@code <repository>@sha256:…}
     * @throws UpstreamFailureException {@code deploy_build_failed} when the build fails,
     *         {@code deploy_timeout} when it is not done in time, provider codes for refused requests
     */
    public String build(Deployment deployment, SiteSource source, String image) {
        BuiltSiteFilesPort.BuiltSite project = sources.readProject(source);
        String object = "ii-agent/" + deployment.subdomain() + "/" + deployment.id() + ".tar.gz";
        JsonNode stored = http.send(http.request(settings.storageApi() + "/upload/storage/v1/b/"
                        + DeployHttp.encode(settings.bucket()) + "/o?uploadType=media&name=" + DeployHttp.encode(object),
                tokens.accessToken()).header("Content-Type", "application/gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(SourceArchive.tarGz(project.files()))).build());
        Map<String, Object> storageSource = new LinkedHashMap<>();
        storageSource.put("bucket", settings.bucket());
        storageSource.put("object", object);
        if (!stored.path("generation").asText("").isEmpty()) { // exactly the archive just written
            storageSource.put("generation", stored.path("generation").asText());
        }
        boolean dockerfile = project.files().stream().anyMatch(file -> file.path().equals("Dockerfile"));
        Map<String, Object> step = dockerfile
                ? Map.of("name", DOCKER, "args", List.of("build", "-t", image, "."))
                : Map.of("name", PACK, "entrypoint", "pack", "args", List.of("build", image, "--builder", BUILDER,
                "--network", "cloudbuild", "--path", "."));
        Map<String, Object> build = Map.of("source", Map.of("storageSource", storageSource), "steps", List.of(step),
                "images", List.of(image), "tags", List.of("ii-agent", deployment.subdomain()));
        JsonNode operation = http.send(http.request(settings.buildApi() + "/v1/projects/" + DeployHttp.encode(projectId)
                + "/builds", tokens.accessToken()).header("Content-Type", "application/json")
                .POST(DeployHttp.json(build)).build());
        JsonNode built = operation.path("done").asBoolean(false) ? finished(operation)
                : settings.build().until("the Cloud Build build", () -> poll(operation.path("name").asText()));
        String digest = "";
        for (JsonNode pushed : built.path("results").path("images")) {
            if (digest.isEmpty() || pushed.path("name").asText().equals(image)) {
                digest = pushed.path("digest").asText("");
            }
        }
        if (!digest.startsWith("sha256:")) {
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, "Cloud Build answered no image digest");
        }
        return repository(image) + "@" + digest;
    }

    // The image name without its tag (a colon after the last slash), to be pinned by digest.
    static String repository(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        int at = image.indexOf('@');
        int end = at >= 0 ? at : colon >= 0 ? colon : image.length();
        return image.substring(0, end);
    }

    private Optional<JsonNode> poll(String operationName) {
        JsonNode operation = http.send(http.request(settings.buildApi() + "/v1/" + operationName, tokens.accessToken())
                .GET().build());
        return operation.path("done").asBoolean(false) ? Optional.of(finished(operation)) : Optional.empty();
    }

    private static JsonNode finished(JsonNode operation) {
        JsonNode error = operation.path("error");
        JsonNode build = operation.path("response");
        if (error.isObject()) {
            String status = operation.path("metadata").path("build").path("status").asText("");
            throw new UpstreamFailureException(DeploymentErrors.BUILD_FAILED, "the Cloud Build build failed"
                    + (status.isEmpty() ? "" : " (" + status + ")") + ": "
                    + error.path("message").asText("code " + error.path("code").asText()));
        }
        if (!"SUCCESS".equals(build.path("status").asText())) {
            throw new UpstreamFailureException(DeploymentErrors.BUILD_FAILED, "the Cloud Build build ended "
                    + build.path("status").asText("without a status") + ": " + build.path("statusDetail").asText(""));
        }
        return build;
    }
}
