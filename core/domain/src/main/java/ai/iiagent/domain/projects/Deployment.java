package ai.iiagent.domain.projects;

import ai.iiagent.domain.users.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deployment of a project: where to ({@link DeployTarget}), under which subdomain, and every
 * phase it went through with its timings; a failed one names the phase that failed and why.
 *
 * @param url         where the site answers once deployed (null before)
 * @param failedPhase the phase that failed, null unless {@link DeploymentStatus#FAILED}
 * @param error       why it failed, null unless it did
 * @param errorCode   the stable code of the failure ({@code deploy_failed}, {@code deploy_provider_rejected}, …),
 *                    null unless it failed
 * @param finishedAt  when it reached {@code deployed} or {@code failed}, null before
 */
public record Deployment(DeploymentId id, ProjectId projectId, UserId deployedBy, DeployTarget target,
                         DeploymentStatus status, String subdomain, String url, List<PhaseTiming> phases,
                         DeploymentPhase failedPhase, String error, String errorCode, Instant createdAt, Instant finishedAt,
                         Instant stoppedAt) {

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(deployedBy, "deployedBy");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        phases = List.copyOf(phases);
    }

    /** A new deployment, {@code pending}, before its first phase. */
    public static Deployment start(ProjectId projectId, UserId deployedBy, DeployTarget target, String subdomain,
                                   Instant now) {
        return new Deployment(DeploymentId.random(), projectId, deployedBy, target, DeploymentStatus.PENDING, subdomain,
                null, List.of(), null, null, null, now, null, null);
    }

    /** The deployment with {@code phase} begun (and the previous one, if still open, finished). */
    public Deployment entering(DeploymentPhase phase, Instant now) {
        List<PhaseTiming> next = closeOpen(now, null);
        next.add(new PhaseTiming(phase, now, null, null));
        return with(phase.status(), url, next, null, null, null, null);
    }

    /** The deployment live at {@code liveUrl}; the open phase is finished. */
    public Deployment deployed(String liveUrl, Instant now) {
        return with(DeploymentStatus.DEPLOYED, liveUrl, closeOpen(now, null), null, null, null, now);
    }

    /** The deployment failed in its open phase (or {@code prepare} when none is open), code {@code deploy_failed}. */
    public Deployment failed(String reason, Instant now) {
        return failed(DeploymentErrors.DEPLOY_FAILED.value(), reason, now);
    }

    /** The deployment failed in its open phase (or {@code prepare} when none is open) with a stable code. */
    public Deployment failed(String code, String reason, Instant now) {
        DeploymentPhase failing = currentPhase().orElse(DeploymentPhase.PREPARE);
        List<PhaseTiming> next = phases.isEmpty() ? new ArrayList<>(List.of(new PhaseTiming(failing, now, null, null)))
                : new ArrayList<>(phases);
        PhaseTiming open = next.getLast();
        next.set(next.size() - 1, open.finishedAt() == null ? open.finished(now, reason) : open);
        return with(DeploymentStatus.FAILED, url, next, failing, reason, code, now);
    }

    /** The site taken down. */
    public Deployment stopped(Instant now) {
        return new Deployment(id, projectId, deployedBy, target, DeploymentStatus.STOPPED, subdomain, url, phases,
                failedPhase, error, errorCode, createdAt, finishedAt, now);
    }

    /** The phase running now, if any. */
    public Optional<DeploymentPhase> currentPhase() {
        return phases.isEmpty() || phases.getLast().finishedAt() != null ? Optional.empty()
                : Optional.of(phases.getLast().phase());
    }

    /** From creation to deployed or failed; 0 while it runs. */
    public long durationMillis() {
        return finishedAt == null ? 0 : Duration.between(createdAt, finishedAt).toMillis();
    }

    public boolean isLive() {
        return status == DeploymentStatus.DEPLOYED;
    }

    public boolean isUnderWay() {
        return status == DeploymentStatus.PENDING || status == DeploymentStatus.BUILDING
                || status == DeploymentStatus.DEPLOYING;
    }

    private List<PhaseTiming> closeOpen(Instant now, String failure) {
        List<PhaseTiming> next = new ArrayList<>(phases);
        if (!next.isEmpty() && next.getLast().finishedAt() == null) {
            next.set(next.size() - 1, next.getLast().finished(now, failure));
        }
        return next;
    }

    private Deployment with(DeploymentStatus newStatus, String newUrl, List<PhaseTiming> newPhases,
                            DeploymentPhase failing, String reason, String code, Instant finished) {
        return new Deployment(id, projectId, deployedBy, target, newStatus, subdomain, newUrl, newPhases, failing, reason,
                code, createdAt, finished, stoppedAt);
    }
}
