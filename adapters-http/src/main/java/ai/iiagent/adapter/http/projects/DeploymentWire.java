package ai.iiagent.adapter.http.projects;

import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.PhaseTiming;
import ai.iiagent.domain.projects.SubdomainClaim;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deployments and subdomain claims on the wire (REST bodies and the socket's progress events). */
public final class DeploymentWire {

    private DeploymentWire() {
    }

    public record PhaseResponse(String phase, Instant startedAt, Instant finishedAt, long durationMs, String error) {
    }

    /**
     * A deployment; {@code deployment_status}, {@code deployment_url}, {@code error_message},
     * {@code deploy_duration_ms} keep the original's names; {@code error_code} is the failure's stable code.
     */
    public record DeploymentResponse(UUID id, UUID projectId, String target, String environment,
                                     String deploymentStatus, String subdomain, String deploymentUrl,
                                     List<PhaseResponse> phases, String currentPhase, String failedPhase,
                                     String errorMessage, String errorCode, Instant startedAt, Instant finishedAt, Long deployDurationMs,
                                     Instant stoppedAt) {
    }

    public record ClaimResponse(String subdomain, UUID projectId, Instant claimedAt, String url) {
    }

    public static DeploymentResponse of(Deployment d) {
        return new DeploymentResponse(d.id().value(), d.projectId().value(), d.target().code(), "production",
                d.status().code(), d.subdomain(), d.url(), d.phases().stream().map(DeploymentWire::phase).toList(),
                d.currentPhase().map(p -> p.code()).orElse(null), d.failedPhase() == null ? null : d.failedPhase().code(),
                d.error(), d.errorCode(), d.createdAt(), d.finishedAt(), d.finishedAt() == null ? null : d.durationMillis(), d.stoppedAt());
    }

    public static ClaimResponse of(SubdomainClaim claim, String url) {
        return new ClaimResponse(claim.name(), claim.projectId().value(), claim.claimedAt(), url);
    }

    /** The content of the {@code agent.status.update} event told at each phase (snake_case keys, as on REST). */
    public static Map<String, Object> event(Deployment d) {
        Map<String, Object> deployment = new LinkedHashMap<>();
        deployment.put("id", d.id().toString());
        deployment.put("project_id", d.projectId().toString());
        deployment.put("target", d.target().code());
        deployment.put("deployment_status", d.status().code());
        deployment.put("subdomain", d.subdomain());
        deployment.put("deployment_url", d.url());
        deployment.put("current_phase", d.currentPhase().map(p -> p.code()).orElse(null));
        deployment.put("failed_phase", d.failedPhase() == null ? null : d.failedPhase().code());
        deployment.put("error_message", d.error());
        deployment.put("error_code", d.errorCode());
        deployment.put("phases", d.phases().stream().map(p -> {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("phase", p.phase().code());
            phase.put("started_at", p.startedAt().toString());
            phase.put("finished_at", p.finishedAt() == null ? null : p.finishedAt().toString());
            phase.put("duration_ms", p.durationMillis());
            phase.put("error", p.error());
            return phase;
        }).toList());
        Map<String, Object> content = new LinkedHashMap<>();
        String status = switch (d.status()) {
            case DEPLOYED -> "deploy_completed";
            case FAILED -> "deploy_failed";
            case STOPPED -> "deploy_stopped";
            default -> "deploy_" + d.currentPhase().map(p -> p.code()).orElse("pending");
        };
        content.put("status", status);
        content.put("message", message(d));
        content.put("deployment", deployment);
        return content;
    }

    private static String message(Deployment d) {
        return switch (d.status()) {
            case DEPLOYED -> "Deployed: " + d.url();
            case FAILED -> "Deployment failed in " + d.failedPhase().code() + ": " + d.error();
            case STOPPED -> "The site was taken down";
            default -> "Deploying: " + d.currentPhase().map(p -> p.code()).orElse("pending");
        };
    }

    private static PhaseResponse phase(PhaseTiming p) {
        return new PhaseResponse(p.phase().code(), p.startedAt(), p.finishedAt(), p.durationMillis(), p.error());
    }
}
