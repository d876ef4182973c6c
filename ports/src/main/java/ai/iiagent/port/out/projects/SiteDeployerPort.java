package ai.iiagent.port.out.projects;

import ai.iiagent.domain.projects.DeployTarget;
import ai.iiagent.domain.projects.Deployment;
import ai.iiagent.domain.projects.DeploymentPhase;

/**
 * Puts a project's built site on line at one {@link DeployTarget} and takes it down again. The
 * embedded default serves the site from the app itself, from a copy taken out of the sandbox (so it
 * keeps working while the sandbox is paused); Vercel and Cloud Run publish it through their APIs.
 *
 * <p>A deployer reports each phase it enters through {@link Progress}, in the order of
 * {@link DeploymentPhase} ({@code package}, {@code start}, {@code verify}, {@code route}); a phase it
 * has nothing to do for may be skipped. A failure is thrown from the phase it happened in
 * ({@code UpstreamFailureException} {@code deploy_failed} with a message a user may read); the
 * caller records that phase as the failing one.
 */
public interface SiteDeployerPort {

    /** The target this deployer publishes to. */
    DeployTarget target();

    /**
     * Deploys {@code source} as {@code deployment} (its id names everything the deployer keeps;
     * its subdomain is where it answers).
     *
     * @return the URL the site answers at
     */
    String deploy(Deployment deployment, SiteSource source, Progress progress);

    /** Takes the deployment down (its process stopped, its files dropped); a no-op when it is not up. */
    void undeploy(Deployment deployment);

    /** Told when the deployer enters a phase. */
    @FunctionalInterface
    interface Progress {
        void entering(DeploymentPhase phase);
    }
}
