package ai.iiagent.adapter.integrations.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentErrors;
import ai.iiagent.domain.projects.DeploymentPhase;
import ai.iiagent.domain.shared.UpstreamFailureException;
import ai.iiagent.port.out.projects.BuiltSiteFilesPort;
import ai.iiagent.port.out.projects.SiteDeployerPort;
import ai.iiagent.port.out.projects.SiteSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes a static project to Vercel (REST API, docs/projects.md "Vercel"): {@code package} reads
 * the built output out of the sandbox, {@code start} creates a production deployment with the files
 * inlined ({@code POST /v13/deployments}, base64), {@code verify} polls {@code GET
 * /v13/deployments/{id}} until {@code READY} ({@code ERROR}/{@code CANCELED} fail with
 * {@code deploy_build_failed}), {@code route} answers its production alias (else its unique URL).
 * The Vercel project is named after the subdomain, so every publish of a project lands in one
 * Vercel project. Server apps are refused: Vercel does not run a long-lived process.
 */
public final class VercelDeployer implements SiteDeployerPort {

    private final VercelSettings settings;
    private final BuiltSiteFilesPort builtSites;
    private final DeployHttp http;

    public VercelDeployer(VercelSettings settings, BuiltSiteFilesPort builtSites) {
        this.settings = settings;
        this.builtSites = builtSites;
        this.http = new DeployHttp("Vercel", settings.requestTimeout());
    }

    @Override
    public DeployTarget target() {
        return DeployTarget.VERCEL;
    }

    @Override
    public String deploy(Deployment deployment, SiteSource source, Progress progress) {
        progress.entering(DeploymentPhase.PACKAGE);
        BuiltSiteFilesPort.BuiltSite site = builtSites.read(source);
        progress.entering(DeploymentPhase.START);
        JsonNode created = http.send(http.request(url("/v13/deployments", "skipAutoDetectionConfirmation=1"), settings.token())
                .header("Content-Type", "application/json")
                .POST(DeployHttp.json(body(deployment.subdomain(), site))).build());
        String id = created.path("id").asText("");
        if (id.isEmpty()) {
            throw new UpstreamFailureException(DeploymentErrors.PROVIDER_FAILED, "Vercel created no deployment id");
        }
        progress.entering(DeploymentPhase.VERIFY);
        JsonNode ready = settings.readiness().until("the Vercel deployment", () -> readyOrNot(id));
        progress.entering(DeploymentPhase.ROUTE);
        JsonNode alias = ready.path("alias").path(0);
        return "https://" + (alias.isTextual() ? alias.asText() : ready.path("url").asText());
    }

    @Override
    public void undeploy(Deployment deployment) {
        if (deployment.url() == null) {
            return;
        }
        String host = URI.create(deployment.url()).getHost();
        var answer = http.exchange(http.request(url("/v13/deployments/" + host, "url=" + host), settings.token())
                .DELETE().build());
        if (answer.statusCode() / 100 != 2 && answer.statusCode() != 404) {
            throw http.refused(answer.request(), answer.statusCode(), DeployHttp.parse(answer.body()));
        }
    }

    private Optional<JsonNode> readyOrNot(String id) {
        JsonNode state = http.send(http.request(url("/v13/deployments/" + id, null), settings.token()).GET().build());
        return switch (state.path("readyState").asText("")) {
            case "READY" -> Optional.of(state);
            case "ERROR", "CANCELED" -> throw new UpstreamFailureException(DeploymentErrors.BUILD_FAILED,
                    "the Vercel deployment ended " + state.path("readyState").asText() + ": "
                            + state.path("errorCode").asText("") + " " + state.path("errorMessage").asText(""));
            default -> Optional.empty(); // QUEUED, INITIALIZING, BUILDING
        };
    }

    private static Map<String, Object> body(String name, BuiltSiteFilesPort.BuiltSite site) {
        List<Map<String, String>> files = new ArrayList<>();
        for (BuiltSiteFilesPort.SiteFile file : site.files()) {
            files.add(Map.of("file", file.path(), "data", Base64.getEncoder().encodeToString(file.content()),
                    "encoding", "base64"));
        }
        Map<String, Object> projectSettings = new LinkedHashMap<>();
        projectSettings.put("framework", null); // plain files: no build step on Vercel's side
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("target", "production");
        body.put("files", files);
        body.put("projectSettings", projectSettings);
        return body;
    }

    private String url(String path, String query) {
        List<String> params = new ArrayList<>();
        if (query != null) {
            params.add(query);
        }
        if (settings.teamId() != null) {
            params.add("teamId=" + DeployHttp.encode(settings.teamId()));
        }
        return settings.apiBase() + path + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }
}
