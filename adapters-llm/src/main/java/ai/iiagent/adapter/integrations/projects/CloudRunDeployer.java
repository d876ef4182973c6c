package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deploys a project as a Cloud Run service through the Cloud Run Admin API v2 (docs/projects.md
 * "Google Cloud Run"). The service is named after the subdomain and runs the configured container
 * image, or one Cloud Build builds from the project's sources ({@link CloudBuildImages}, when a
 * source bucket is configured). {@code package}: the image reference is resolved (or built);
 * {@code start}: {@code POST …/services?serviceId=} creates the service, or, when it exists
 * ({@code 409}), {@code PATCH …/services/{id}} rolls out a new revision; {@code verify}: the
 * long-running operation is polled ({@code GET /v2/{operation}}) until {@code done}, its
 * {@code error} failing with {@code deploy_build_failed}; {@code route}: {@code allUsers} is made
 * an invoker (when configured) and the service's {@code uri} answered.
 */
public final class CloudRunDeployer implements SiteDeployerPort {

    private final CloudRunSettings settings;
    private final GoogleServiceAccountTokens tokens;
    private final DeployHttp http;
    private final Optional<CloudBuildImages> builds;

    public CloudRunDeployer(CloudRunSettings settings, GoogleServiceAccountTokens tokens, DeployHttp http) {
        this(settings, tokens, http, Optional.empty());
    }

    /** @param builds present: each site's image is built from its sources first (Cloud Build), pushed to the configured image */
    public CloudRunDeployer(CloudRunSettings settings, GoogleServiceAccountTokens tokens, DeployHttp http,
                            Optional<CloudBuildImages> builds) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.builds = builds;
    }

    @Override
    public DeployTarget target() {
        return DeployTarget.CLOUD_RUN;
    }

    @Override
    public String deploy(Deployment deployment, SiteSource source, Progress progress) {
        progress.entering(DeploymentPhase.PACKAGE);
        String serviceId = serviceId(deployment.subdomain());
        String image = settings.image(deployment.subdomain());
        if (builds.isPresent()) { // built from the project's sources, deployed by digest
            image = builds.get().build(deployment, source, image);
        }
        Map<String, Object> service = service(image, deployment);
        progress.entering(DeploymentPhase.START);
        HttpRequest create = http.request(api("/v2/" + settings.parent() + "/services?serviceId=" + serviceId),
                tokens.accessToken()).header("Content-Type", "application/json").POST(DeployHttp.json(service)).build();
        HttpResponse<byte[]> created = http.exchange(create);
        JsonNode operation;
        if (created.statusCode() == 409) {
            operation = http.send(http.request(api("/v2/" + serviceName(serviceId)), tokens.accessToken())
                    .header("Content-Type", "application/json")
                    .method("PATCH", DeployHttp.json(service)).build());
        } else if (created.statusCode() / 100 == 2) {
            operation = DeployHttp.parse(created.body());
        } else {
            throw http.refused(create, created.statusCode(), DeployHttp.parse(created.body()));
        }
        progress.entering(DeploymentPhase.VERIFY);
        JsonNode done = operation.path("done").asBoolean(false) ? finished(operation)
                : settings.rollout().until("the Cloud Run rollout", () -> poll(operation.path("name").asText()));
        progress.entering(DeploymentPhase.ROUTE);
        if (settings.allowUnauthenticated()) {
            http.send(http.request(api("/v2/" + serviceName(serviceId) + ":setIamPolicy"), tokens.accessToken())
                    .header("Content-Type", "application/json")
                    .POST(DeployHttp.json(Map.of("policy", Map.of("bindings", List.of(Map.of("role", "roles/run.invoker",
                            "members", List.of("allUsers"))))))).build());
        }
        String uri = done.path("uri").asText("");
        if (uri.isEmpty()) {
            uri = http.send(http.request(api("/v2/" + serviceName(serviceId)), tokens.accessToken()).GET().build())
                    .path("uri").asText("");
        }
        if (uri.isEmpty()) {
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, "Cloud Run answered no service URL");
        }
        return uri;
    }

    @Override
    public void undeploy(Deployment deployment) {
        HttpRequest delete = http.request(api("/v2/" + serviceName(serviceId(deployment.subdomain()))),
                tokens.accessToken()).DELETE().build();
        HttpResponse<byte[]> answer = http.exchange(delete);
        if (answer.statusCode() / 100 != 2 && answer.statusCode() != 404) {
            throw http.refused(delete, answer.statusCode(), DeployHttp.parse(answer.body()));
        }
    }

    /**
     * A Cloud Run service id from a subdomain: lower-case letters, digits and dashes, starting with a
     * letter, at most 49 characters, not ending with a dash.
     */
    static String serviceId(String subdomain) {
        String id = Character.isLetter(subdomain.charAt(0)) ? subdomain : "s-" + subdomain;
        id = id.length() > 49 ? id.substring(0, 49) : id;
        while (id.endsWith("-")) {
            id = id.substring(0, id.length() - 1);
        }
        return id;
    }

    private Optional<JsonNode> poll(String operationName) {
        JsonNode operation = http.send(http.request(api("/v2/" + operationName), tokens.accessToken()).GET().build());
        return operation.path("done").asBoolean(false) ? Optional.of(finished(operation)) : Optional.empty();
    }

    private static JsonNode finished(JsonNode operation) {
        JsonNode error = operation.path("error");
        if (error.isObject()) {
            throw new UpstreamFailureException(DeploymentErrors.BUILD_FAILED, "the Cloud Run rollout failed: "
                    + error.path("message").asText("code " + error.path("code").asText()));
        }
        return operation.path("response");
    }

    private Map<String, Object> service(String image, Deployment deployment) {
        return Map.of(
                "labels", Map.of("managed-by", "ii-agent", "ii-agent-project", deployment.projectId().toString()),
                "template", Map.of("containers", List.of(Map.of("image", image,
                        "ports", List.of(Map.of("containerPort", settings.containerPort()))))));
    }

    private String serviceName(String serviceId) {
        return settings.parent() + "/services/" + serviceId;
    }

    private String api(String path) {
        return settings.apiBase() + path;
    }
}
